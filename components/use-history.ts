import { send } from '../lib/messaging/client';
import type { Activity } from '../lib/model/activity';
import { useRemote } from './use-remote';

/** The newest activities of a lead; the card shows this many and offers no paging beyond it. */
export const HISTORY_LIMIT = 200;

export function useHistory(leadId: string) {
  return useRemote<Activity[]>(() => send('activities.list', { leadId, limit: HISTORY_LIMIT }), leadId);
}
