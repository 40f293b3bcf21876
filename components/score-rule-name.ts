import { t, type MessageKey } from '../lib/i18n';

/** The scoring rules of settings, named for the rep; a rule the popup does not know shows its id. */
const RULES: Record<string, MessageKey> = {
  'has-email': 'cardScoreHasEmail',
  'has-phone': 'cardScoreHasPhone',
  'has-job-title': 'cardScoreHasJobTitle',
  'has-company': 'cardScoreHasCompany',
  'decision-maker': 'cardScoreDecisionMaker',
  'bant-field': 'cardScoreBant',
  'segment-fit': 'cardScoreSegment',
  'email-received': 'cardScoreEmailReceived',
  meeting: 'cardScoreMeeting',
  offer: 'cardScoreOffer',
  'inactive-weeks': 'cardScoreInactive',
};

export function scoreRuleName(rule: string): string {
  const key = RULES[rule];
  return key ? t(key) : rule;
}
