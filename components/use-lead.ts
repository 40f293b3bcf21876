import { send } from '../lib/messaging/client';
import type { LeadView } from '../lib/messaging/protocol';
import { useRemote } from './use-remote';

export function useLead(leadId: string) {
  return useRemote<LeadView>(() => send('leads.get', { leadId }), leadId);
}
