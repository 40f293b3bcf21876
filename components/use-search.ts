import { useEffect, useState } from 'preact/hooks';
import { send } from '../lib/messaging/client';
import type { LeadSummary } from '../lib/messaging/protocol';
import { useRemote } from './use-remote';

/** Typing pauses shorter than this are one search: each keystroke would otherwise cost a query. */
export const SEARCH_DEBOUNCE_MS = 150;
export const SEARCH_LIMIT = 30;

/** Results for what the rep typed, after they pause; an empty query gives no results without asking. */
export function useSearch(query: string) {
  const [settled, setSettled] = useState(query.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const result = useRemote<LeadSummary[]>(
    () => (settled ? send('leads.search', { query: settled, limit: SEARCH_LIMIT }) : Promise.resolve([])),
    settled,
  );
  return { ...result, settled };
}
