import { useState } from 'preact/hooks';
import { send } from '../lib/messaging/client';
import type { Activity } from '../lib/model/activity';
import { errorText, useRemote } from './use-remote';

/** How many activities one page of history holds. */
export const HISTORY_LIMIT = 200;

/** Appends an older page to the shown history; the page overlaps by the oldest instant, so drop repeats. */
export function appendOlder(shown: Activity[], older: Activity[]): Activity[] {
  const ids = new Set(shown.map((activity) => activity.id));
  return [...shown, ...older.filter((activity) => !ids.has(activity.id))];
}

/** The newest activities of a lead, and older pages on request. */
export function useHistory(leadId: string) {
  const remote = useRemote<Activity[]>(() => send('activities.list', { leadId, limit: HISTORY_LIMIT }), leadId);
  const [moreError, setMoreError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const [exhausted, setExhausted] = useState<string | null>(null);
  const shown = remote.state === 'ready' ? remote.value : [];
  const oldest = shown[shown.length - 1];
  // A full page means there may be more; a short page (or an older page that added nothing) means not.
  const hasMore = remote.state === 'ready' && shown.length >= HISTORY_LIMIT && exhausted !== `${leadId}:${shown.length}`;
  const more = async () => {
    if (!oldest) return;
    setLoadingMore(true);
    setMoreError('');
    try {
      // `before` is exclusive: asking from just after the oldest instant keeps activities that share it.
      const older = await send('activities.list', { leadId, limit: HISTORY_LIMIT, before: oldest.at + 1 });
      const next = appendOlder(shown, older);
      if (next.length === shown.length || older.length < HISTORY_LIMIT) setExhausted(`${leadId}:${next.length}`);
      remote.set(next);
    } catch (error) {
      setMoreError(errorText(error));
    } finally {
      setLoadingMore(false);
    }
  };
  return { ...remote, hasMore, more, loadingMore, moreError };
}
