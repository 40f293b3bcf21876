import { describe, expect, it } from 'vitest';
import { bantFilled, decay, scoreLead } from '../../../lib/scoring/score';
import { rescoreLead } from '../../../lib/scoring/rescore';
import { defaultSettings, type Activity, type Lead, type Person, type Settings } from '../../../lib/model';
import { freshRepository, samplePerson, sampleSource } from '../helpers/db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 9, 0);

function person(overrides: Partial<Person> = {}): Person {
  return { id: 'p', fullName: 'Анна', emails: [], phones: [], profiles: [], notes: '', tags: [], isDecisionMaker: false, createdAt: NOW, updatedAt: NOW, ...overrides };
}

function lead(overrides: Partial<Lead> = {}): Lead {
  return {
    id: 'l', personId: 'p', title: 'CRM', stage: 'open', bant: {}, qualifiers: { custom: {} }, tags: [],
    source: { kind: 'manual', utm: {}, capturedAt: NOW }, stageHistory: [{ stage: 'open', enteredAt: NOW }],
    createdAt: NOW, updatedAt: NOW, stageChangedAt: NOW, ...overrides,
  };
}

let seq = 0;
function activity(kind: 'email-received' | 'meeting' | 'note' | 'field-change', at: number): Activity {
  const base = { id: `a${++seq}`, leadId: 'l', at, summary: '', origin: 'manual' as const };
  if (kind === 'email-received') return { ...base, kind, details: { to: [], cc: [], bcc: [], subject: '', snippet: '' } };
  if (kind === 'field-change') return { ...base, kind, details: { field: 'title' } };
  return kind === 'meeting' ? { ...base, kind, details: {} } : { ...base, kind, details: {} };
}

function rules(settings: Settings, only: string[]): Settings {
  return { ...settings, scoring: { ...settings.scoring, rules: settings.scoring.rules.filter((rule) => only.includes(rule.id)) } };
}

describe('scoreLead', () => {
  it('gives profile points with a breakdown naming each rule', () => {
    const score = scoreLead(
      lead({ companyId: 'c' }),
      person({ emails: ['a@b.ru'], phones: [{ e164: '+74951234567', raw: '495 123-45-67' }], jobTitle: 'CEO', isDecisionMaker: true }),
      [],
      defaultSettings(),
      NOW,
    );
    expect(score.breakdown).toEqual([
      { rule: 'has-email', points: 10 },
      { rule: 'has-phone', points: 10 },
      { rule: 'has-job-title', points: 5 },
      { rule: 'has-company', points: 5 },
      { rule: 'decision-maker', points: 10 },
    ]);
    expect(score.total).toBe(40);
    expect(score.computedAt).toBe(NOW);
  });

  it('counts BANT fields filled and segment fit with the target segments', () => {
    const settings = { ...defaultSettings(), targetSegments: ['retail'] };
    const qualified = lead({
      segment: 'retail',
      bant: { budget: { amount: { amount: 100_000, currency: 'RUB' } }, authority: { level: 'unknown' }, need: { statement: '  ' }, timeline: { date: '2027-01-15' } },
    });
    expect(bantFilled(qualified)).toBe(2);
    const score = scoreLead(qualified, person(), [], settings, NOW);
    expect(score.breakdown).toEqual([
      { rule: 'bant-field', points: 10, detail: '2/4' },
      { rule: 'segment-fit', points: 10, detail: 'retail' },
    ]);
    expect(scoreLead(lead({ segment: 'banks' }), person(), [], settings, NOW).breakdown).toEqual([]);
    // The company's segment counts when the lead has none.
    expect(scoreLead(lead(), person(), [], settings, NOW, { id: 'c', name: 'X', segment: 'retail', phones: [], emails: [], tags: [], createdAt: NOW, updatedAt: NOW }).total).toBe(10);
  });

  it('decays activity points by the half-life and caps how many count', () => {
    const settings = rules(defaultSettings(), ['email-received', 'meeting']);
    expect(decay(30 * DAY, 30)).toBeCloseTo(0.5);
    const fresh = scoreLead(lead(), person(), [activity('email-received', NOW)], settings, NOW);
    expect(fresh.breakdown).toEqual([{ rule: 'email-received', points: 8, detail: '1' }]);
    const month = scoreLead(lead(), person(), [activity('email-received', NOW - 30 * DAY)], settings, NOW);
    expect(month.total).toBe(4);
    // Four meetings, max 3: the three most recent count (today, 30 and 60 days ago: 15 + 7.5 + 3.75).
    const meetings = [0, 30, 60, 90].map((days) => activity('meeting', NOW - days * DAY));
    expect(scoreLead(lead(), person(), meetings, settings, NOW).breakdown).toEqual([{ rule: 'meeting', points: 26.3, detail: '3' }]);
  });

  it('takes points for weeks without contact, from the threshold on, capped; field edits are not contact', () => {
    const settings = rules(defaultSettings(), ['inactive-weeks']);
    const old = lead({ createdAt: NOW - 60 * DAY });
    expect(scoreLead(old, person(), [activity('note', NOW - 20 * DAY)], settings, NOW).breakdown).toEqual([]);
    expect(scoreLead(old, person(), [activity('note', NOW - 21 * DAY)], settings, NOW).breakdown).toEqual([{ rule: 'inactive-weeks', points: -5, detail: '3' }]);
    expect(scoreLead(old, person(), [activity('note', NOW - 35 * DAY), activity('field-change', NOW - DAY)], settings, NOW).total).toBe(-15);
    expect(scoreLead(lead({ createdAt: NOW - 400 * DAY }), person(), [], settings, NOW).total).toBe(-20);
  });

  it('skips disabled rules, zero-point rules and rules it does not know', () => {
    const settings = defaultSettings();
    settings.scoring.rules = [
      { id: 'has-email', enabled: false, points: 10, params: {} },
      { id: 'has-phone', enabled: true, points: 0, params: {} },
      { id: 'from-the-future', enabled: true, points: 50, params: {} },
      { id: 'has-job-title', enabled: true, points: 7, params: {} },
    ];
    const score = scoreLead(lead(), person({ emails: ['a@b.ru'], phones: [{ e164: '+74951234567', raw: 'x' }], jobTitle: 'CTO' }), [], settings, NOW);
    expect(score).toEqual({ total: 7, breakdown: [{ rule: 'has-job-title', points: 7 }], computedAt: NOW });
  });
});

describe('rescoreLead', () => {
  it('stores the score without moving updatedAt or logging, and skips a write when nothing changed', async () => {
    const { repo, clock } = await freshRepository(NOW);
    const saved = await repo.createPerson(samplePerson());
    const created = await repo.createLead({ personId: saved.id, title: 'CRM', source: sampleSource() });
    clock.now = NOW + DAY;
    const score = await rescoreLead(repo, created.id, clock.now);
    expect(score?.total).toBe(25);
    const stored = await repo.getLead(created.id);
    expect(stored?.score).toEqual(score);
    expect(stored?.updatedAt).toBe(NOW);
    expect((await repo.listActivities({ leadId: created.id })).map((each) => each.kind)).toEqual(['captured']);

    clock.now = NOW + 2 * DAY;
    expect((await rescoreLead(repo, created.id, clock.now))?.computedAt).toBe(NOW + DAY);
    await repo.updatePerson(saved.id, { jobTitle: '' });
    expect((await rescoreLead(repo, created.id, clock.now))?.total).toBe(20);
    expect(await rescoreLead(repo, 'missing', clock.now)).toBeUndefined();
  });
});
