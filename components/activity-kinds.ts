import { t, type MessageKey } from '../lib/i18n';
import type { ActivityKind } from '../lib/model/activity';

/** Every kind of activity with its name; typed against the model, so a new kind fails `tsc` here. */
const KIND_KEYS: Record<ActivityKind, MessageKey> = {
  captured: 'historyKindCaptured',
  'email-sent': 'historyKindEmailSent',
  'email-received': 'historyKindEmailReceived',
  call: 'historyKindCall',
  meeting: 'historyKindMeeting',
  message: 'historyKindMessage',
  note: 'historyKindNote',
  'stage-change': 'historyKindStageChange',
  offer: 'historyKindOffer',
  'field-change': 'historyKindFieldChange',
  merge: 'historyKindMerge',
  'reminder-done': 'historyKindReminderDone',
};

export const ACTIVITY_KINDS = Object.keys(KIND_KEYS) as ActivityKind[];

export function kindName(kind: ActivityKind): string {
  return t(KIND_KEYS[kind]);
}
