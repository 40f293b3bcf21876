import { send } from '../lib/messaging/client';
import type { DueItem } from '../lib/messaging/protocol';
import { useRemote } from './use-remote';

/** How many due reminders the popup shows: the background reads only these from its index. */
export const DUE_LIMIT = 50;

export function useDue() {
  return useRemote<DueItem[]>(() => send('reminders.due', { limit: DUE_LIMIT }), 'due');
}
