import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ProtocolError } from '../lib/messaging/client';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string; code?: string };

/** What went wrong, in words for the rep: the background's message and the fields it refused. */
export function errorText(error: unknown): string {
  if (error instanceof ProtocolError) return [error.message, ...error.issues].join(' ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads something from the background when `key` changes, and again on `reload()`. A reply that
 * arrives after a newer request started is dropped, so fast typing never shows stale results.
 * While `enabled` is false nothing is asked and the state stays 'loading'.
 */
export function useRemote<T>(load: () => Promise<T>, key: string, enabled = true): Loadable<T> & { reload: () => void; set: (value: T) => void } {
  const [state, setState] = useState<Loadable<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const shownKey = useRef(key);
  useEffect(() => {
    // Not yet: a caller defers a request that must not compete with a more urgent one.
    if (!enabled) return;
    const ticket = ++latest.current;
    // A reload keeps showing the current value; another key (another lead) must not show the old one.
    if (shownKey.current !== key) {
      shownKey.current = key;
      setState({ state: 'loading' });
    }
    loadRef.current().then(
      (value) => ticket === latest.current && setState({ state: 'ready', value }),
      (error: unknown) =>
        ticket === latest.current &&
        setState({ state: 'error', message: errorText(error), ...(error instanceof ProtocolError ? { code: error.code } : {}) }),
    );
  }, [key, round, enabled]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  const set = useCallback((value: T) => setState({ state: 'ready', value }), []);
  return { ...state, reload, set };
}
