import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { createServices } from '../../../lib/background/services';
import type { MessageType, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { dispatch } from '../../../lib/messaging/server';
import { samplePerson, sampleSource } from '../helpers/db';

const RUNTIME_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}`;
const NOW = Date.UTC(2026, 10, 25, 9, 0);

function setup() {
  const changed: string[] = [];
  const services = createServices(() => ({
    remindersChanged: async () => void changed.push('reminders'),
    leadChanged: async (leadId) => void changed.push(`lead:${leadId}`),
  }), () => NOW);
  const handlers = createHandlers(services);
  async function call<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
    const reply = await dispatch(handlers, { type, payload }, { id: RUNTIME_ID, url: `${ORIGIN}/popup.html` }, RUNTIME_ID, ORIGIN);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message} ${reply.error.issues?.join('; ') ?? ''}`);
    return reply.data as ResponseOf<T>;
  }
  return { services, call, changed };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('background handlers', () => {
  it('serve a lead from search to card to history, logging every change', async () => {
    const { services, call, changed } = setup();
    const repo = await services.repo();
    const company = await repo.createCompany({ name: 'Ромашка', domain: 'romashka.ru' });
    const person = await repo.createPerson({ ...samplePerson(), companyId: company.id });
    const lead = await repo.createLead({ personId: person.id, companyId: company.id, title: 'CRM', source: sampleSource() });

    expect(await call('app.status', {})).toMatchObject({ leads: 1, dueReminders: 0 });
    expect(await call('leads.search', { query: 'иван' })).toEqual([
      { leadId: lead.id, personId: person.id, name: person.fullName, title: 'CRM', company: 'Ромашка', stage: 'open', email: 'p.ivanov@romashka.ru' },
    ]);
    const view = await call('leads.get', { leadId: lead.id });
    expect(view.company?.name).toBe('Ромашка');
    expect(view.person.id).toBe(person.id);

    await call('leads.changeStage', { leadId: lead.id, stage: 'qualified' });
    await call('activities.add', { leadId: lead.id, activity: { kind: 'call', summary: 'Discussed seats', outcome: 'connected', durationMin: 12 } });
    const history = await call('activities.list', { leadId: lead.id });
    expect(history.map((activity) => activity.kind).sort()).toEqual(['call', 'captured', 'stage-change']);
    expect(changed).toEqual([`lead:${lead.id}`, `lead:${lead.id}`]);

    expect(await call('people.lookup', { emails: ['P.Ivanov@romashka.ru', 'stranger@x.com'] })).toEqual([
      { email: 'p.ivanov@romashka.ru', personId: person.id, leadId: lead.id, name: person.fullName },
    ]);
  });

  it('report due reminders with their lead, and refuse to snooze into the past', async () => {
    const { services, call } = setup();
    const repo = await services.repo();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'CRM', source: sampleSource() });
    const reminder = await call('reminders.create', { leadId: lead.id, dueAt: NOW - 1000, note: 'позвонить' });
    expect(await call('app.status', {})).toMatchObject({ dueReminders: 1 });
    expect(await call('reminders.due', {})).toEqual([{ reminder, leadId: lead.id, name: person.fullName, stage: 'open' }]);
    await expect(call('reminders.snooze', { reminderId: reminder.id, until: NOW - 1 })).rejects.toThrow(/invalid-payload/);
    await call('reminders.done', { reminderId: reminder.id });
    expect(await call('reminders.due', {})).toEqual([]);
  });

  it('refuses to drop a stage that still has leads', async () => {
    const { services, call } = setup();
    const repo = await services.repo();
    const person = await repo.createPerson(samplePerson());
    await repo.createLead({ personId: person.id, title: 'CRM', source: sampleSource() });
    const settings = await call('settings.get', {});
    await expect(call('settings.save', { settings: { ...settings, stages: settings.stages.filter((stage) => stage.id !== 'open') } })).rejects.toThrow(/conflict/);
    const renamed = await call('settings.save', { settings: { ...settings, stages: settings.stages.map((stage) => (stage.id === 'open' ? { ...stage, name: 'New' } : stage)) } });
    expect(renamed.stages[0]?.name).toBe('New');
  });

  it('restore refuses a broken backup with a clear error and keeps the data', async () => {
    const { services, call } = setup();
    const repo = await services.repo();
    await repo.createPerson(samplePerson());
    await expect(call('backup.restore', { text: '{"format":"leadtrail-backup","version":1,"exportedAt":0,"data":{}}' })).rejects.toThrow(/invalid-payload: The backup has/);
    const backup = await call('backup.export', {});
    expect(backup.data.people).toHaveLength(1);
  });
});

describe('mail handler', () => {
  it('opens a no-reply follow-up on a sent email and closes it when the lead replies', async () => {
    const { services, call, changed } = setup();
    const repo = await services.repo();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'CRM', source: sampleSource() });
    const mail = {
      provider: 'gmail' as const, direction: 'sent' as const, mailbox: 'rep@mycompany.com', from: { email: 'rep@mycompany.com' },
      to: [{ email: 'p.ivanov@romashka.ru' }], cc: [], bcc: [], subject: 'Offer', body: 'Hello', messageId: 'm1', at: NOW - 4 * 86_400_000,
    };
    const reply = (direction: 'sent' | 'received', messageId: string, at: number) =>
      dispatch(createHandlers(services), { type: 'mail.observed', payload: { ...mail, direction, messageId, at, ...(direction === 'received' ? { from: { email: 'p.ivanov@romashka.ru' }, to: [{ email: 'rep@mycompany.com' }] } : {}) } },
        { id: RUNTIME_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1, index: 0, highlighted: true, active: true, pinned: false, incognito: false } }, RUNTIME_ID, ORIGIN);
    expect(await reply('sent', 'm1', mail.at)).toMatchObject({ ok: true, data: { logged: 1 } });
    const due = await call('reminders.due', {});
    expect(due).toMatchObject([{ leadId: lead.id, reminder: { cause: 'no-reply', dueAt: mail.at + 3 * 86_400_000 } }]);
    expect(changed).toContain('reminders');
    expect(await reply('received', 'r1', NOW - 86_400_000)).toMatchObject({ ok: true, data: { logged: 1 } });
    expect(await call('reminders.due', {})).toEqual([]);
  });
});

describe('settings', () => {
  it('new scoring rules rescore the leads right after saving', async () => {
    const { services, call } = setup();
    const repo = await services.repo();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'CRM', source: sampleSource() });
    const settings = await call('settings.get', {});
    const rules = settings.scoring.rules.map((rule) => (rule.id === 'has-email' ? { ...rule, points: 50 } : rule));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await call('settings.save', { settings: { ...settings, scoring: { ...settings.scoring, rules } } });
    await vi.waitFor(async () => {
      const score = (await repo.getLead(lead.id))?.score;
      expect(score?.breakdown.find((entry) => entry.rule === 'has-email')?.points).toBe(50);
    });
  });
});
