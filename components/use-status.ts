import { useEffect, useState } from 'preact/hooks';
import { send } from '../lib/messaging/client';
import type { AppStatus } from '../lib/messaging/protocol';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** Asks the background for the app's status once, when the component mounts. */
export function useStatus(): Loadable<AppStatus> {
  const [status, setStatus] = useState<Loadable<AppStatus>>({ state: 'loading' });
  useEffect(() => {
    send('app.status', {}).then(
      (value) => setStatus({ state: 'ready', value }),
      (error: unknown) => setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return status;
}
