/**
 * Rule-based lead scoring. Pure: the same lead, person, history, settings and time give the same
 * score, so it can be tested without a browser and recomputed whenever anything changes.
 *
 * Profile and qualification rules give their points once. Activity rules give points per activity,
 * halved every `halfLifeDays` of its age, so a meeting last week counts more than one last year;
 * `params.max` caps how many activities (the most recent) count. Silence costs points per week.
 */
import type { Activity, Company, Lead, Person, Score, Settings } from '../model';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

type Rule = Settings['scoring']['rules'][number];
type Part = Score['breakdown'][number];

/** Activity kinds that are contact with the lead; bookkeeping (field changes, merges) is not. */
export const CONTACT_KINDS: ReadonlySet<Activity['kind']> = new Set([
  'captured', 'email-sent', 'email-received', 'call', 'meeting', 'message', 'note', 'offer', 'stage-change',
]);

const ACTIVITY_RULES: Record<string, Activity['kind']> = {
  'email-received': 'email-received',
  meeting: 'meeting',
  offer: 'offer',
};

function round(points: number): number {
  return Math.round(points * 10) / 10;
}

/** How much an event `ageMs` old still counts: 1 when new, 1/2 after one half-life, … */
export function decay(ageMs: number, halfLifeDays: number): number {
  return 0.5 ** (Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

/** The number of BANT fields with something in them. */
export function bantFilled(lead: Lead): number {
  const { budget, authority, need, timeline } = lead.bant;
  return [
    budget?.amount !== undefined,
    authority?.level !== undefined && authority.level !== 'unknown',
    Boolean(need?.statement?.trim()),
    timeline?.date !== undefined,
  ].filter(Boolean).length;
}

/** The time of the lead's latest contact, or its creation when there is none. */
export function lastContactAt(lead: Lead, activities: Activity[]): number {
  let latest = lead.createdAt;
  for (const activity of activities) if (CONTACT_KINDS.has(activity.kind) && activity.at > latest) latest = activity.at;
  return latest;
}

function activityPart(rule: Rule, kind: Activity['kind'], activities: Activity[], settings: Settings, now: number): Part | undefined {
  const max = rule.params.max ?? Number.POSITIVE_INFINITY;
  const counted = activities
    .filter((activity) => activity.kind === kind && activity.at <= now)
    .sort((a, b) => b.at - a.at)
    .slice(0, max);
  if (counted.length === 0) return undefined;
  const points = counted.reduce((sum, activity) => sum + rule.points * decay(now - activity.at, settings.scoring.halfLifeDays), 0);
  return { rule: rule.id, points: round(points), detail: `${counted.length}` };
}

function inactivityPart(rule: Rule, lead: Lead, activities: Activity[], now: number): Part | undefined {
  const threshold = rule.params.weeks ?? 3;
  const max = rule.params.max ?? Number.POSITIVE_INFINITY;
  const idleWeeks = Math.floor((now - lastContactAt(lead, activities)) / WEEK_MS);
  if (idleWeeks < threshold) return undefined;
  const steps = Math.min(max, idleWeeks - threshold + 1);
  return { rule: rule.id, points: round(rule.points * steps), detail: `${idleWeeks}` };
}

function rulePart(rule: Rule, lead: Lead, person: Person, activities: Activity[], settings: Settings, now: number, company?: Company): Part | undefined {
  const flat = (met: boolean, detail?: string): Part | undefined =>
    met ? { rule: rule.id, points: rule.points, ...(detail ? { detail } : {}) } : undefined;
  switch (rule.id) {
    case 'has-email':
      return flat(person.emails.length > 0);
    case 'has-phone':
      return flat(person.phones.length > 0);
    case 'has-job-title':
      return flat(Boolean(person.jobTitle?.trim()));
    case 'has-company':
      return flat(Boolean(lead.companyId ?? person.companyId));
    case 'decision-maker':
      return flat(person.isDecisionMaker || lead.bant.authority?.level === 'decision-maker');
    case 'bant-field': {
      const filled = bantFilled(lead);
      return filled > 0 ? { rule: rule.id, points: rule.points * filled, detail: `${filled}/4` } : undefined;
    }
    case 'segment-fit': {
      const segment = lead.segment ?? company?.segment;
      return flat(segment !== undefined && settings.targetSegments.includes(segment), segment);
    }
    case 'inactive-weeks':
      return inactivityPart(rule, lead, activities, now);
    default: {
      const kind = ACTIVITY_RULES[rule.id];
      // A rule this version does not know (from a newer backup) gives nothing rather than failing.
      return kind ? activityPart(rule, kind, activities, settings, now) : undefined;
    }
  }
}

/** Scores a lead with the enabled rules of the settings; the breakdown names every rule that counted. */
export function scoreLead(lead: Lead, person: Person, activities: Activity[], settings: Settings, now: number, company?: Company): Score {
  const breakdown: Part[] = [];
  for (const rule of settings.scoring.rules) {
    if (!rule.enabled || rule.points === 0) continue;
    const part = rulePart(rule, lead, person, activities, settings, now, company);
    if (part && part.points !== 0) breakdown.push(part);
  }
  const total = round(breakdown.reduce((sum, part) => sum + part.points, 0));
  return { total, breakdown, computedAt: now };
}

/** True when two scores say the same thing (the time of computing aside): no write needed. */
export function sameScore(a: Score | undefined, b: Score): boolean {
  return a !== undefined && a.total === b.total && JSON.stringify(a.breakdown) === JSON.stringify(b.breakdown);
}
