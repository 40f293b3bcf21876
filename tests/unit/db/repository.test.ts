import { describe, expect, it } from 'vitest';
import { RepositoryError } from '../../../lib/db/repository';
import { freshRepository, samplePerson, sampleSource } from '../helpers/db';

describe('people', () => {
  it('normalises emails and finds a person by email, phone, profile and search prefix', async () => {
    const { repo } = await freshRepository();
    const company = await repo.createCompany({ name: 'Ромашка', domain: 'Romashka.RU' });
    const person = await repo.createPerson({ ...samplePerson(), companyId: company.id });
    expect(person.emails).toEqual(['p.ivanov@romashka.ru']);
    expect((await repo.findPersonByEmail('  p.ivanov@ROMASHKA.ru'))?.id).toBe(person.id);
    expect((await repo.findPersonByPhone('+74951234567'))?.id).toBe(person.id);
    expect((await repo.findPersonByProfile('https://www.t.me/PIvanov/'))?.id).toBe(person.id);
    expect(await repo.findPersonByEmail('nobody@romashka.ru')).toBeUndefined();
    for (const query of ['ив', 'Пётр', 'петр', 'ромаш', '4951234', 'romashka.ru', 'конф', 'петр ив', 'Иванов, Ромашка']) {
      expect((await repo.searchPeople(query)).map((each) => each.id), query).toEqual([person.id]);
    }
    expect(await repo.searchPeople('zzz')).toEqual([]);
    expect(await repo.searchPeople('петр смирнов')).toEqual([]);
    // Index keys are the store's business, not the model's.
    expect(await repo.getPerson(person.id)).not.toHaveProperty('searchTokens');
  });

  it('follows a company rename in search', async () => {
    const { repo } = await freshRepository();
    const company = await repo.createCompany({ name: 'Ромашка' });
    const person = await repo.createPerson({ ...samplePerson(), companyId: company.id });
    await repo.updateCompany(company.id, { name: 'Василёк' });
    expect((await repo.searchPeople('василек')).map((each) => each.id)).toEqual([person.id]);
    expect(await repo.searchPeople('ромашка')).toEqual([]);
  });

  it('rejects an invalid person and writes nothing', async () => {
    const { repo, db } = await freshRepository();
    await expect(repo.createPerson({ ...samplePerson(), emails: ['not an email'] })).rejects.toThrow();
    await expect(repo.createPerson({ ...samplePerson(), phones: [{ e164: '84951234567', raw: '8 495' }] })).rejects.toThrow(/E\.164/);
    expect(await db.count('people')).toBe(0);
  });

  it('logs every changed field of a person', async () => {
    const { repo, clock } = await freshRepository();
    const person = await repo.createPerson(samplePerson());
    clock.now += 1000;
    await repo.updatePerson(person.id, { jobTitle: 'CEO', notes: '' });
    const history = await repo.listActivities({ personId: person.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'field-change', details: { field: 'jobTitle', from: 'Коммерческий директор', to: 'CEO' } });
  });
});

describe('leads', () => {
  it('creates a lead at the first stage with its captured activity, in one go', async () => {
    const { repo } = await freshRepository();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'CRM на 20 мест', source: sampleSource() }, 'page');
    expect(lead.stage).toBe('open');
    expect(lead.stageHistory).toEqual([{ stage: 'open', enteredAt: lead.createdAt }]);
    const history = await repo.listActivities({ leadId: lead.id });
    expect(history).toMatchObject([{ kind: 'captured', origin: 'page', details: { url: sampleSource().url } }]);
    expect(await repo.listLeadsForPerson(person.id)).toHaveLength(1);
  });

  it('refuses a lead for a missing person', async () => {
    const { repo, db } = await freshRepository();
    await expect(repo.createLead({ personId: 'ghost', title: 'x', source: sampleSource() })).rejects.toBeInstanceOf(RepositoryError);
    expect(await db.count('leads')).toBe(0);
    expect(await db.count('activities')).toBe(0);
  });

  it('logs stage changes with from/to, keeps the stage history and closes on a won stage', async () => {
    const { repo, clock } = await freshRepository();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'Need', source: sampleSource() });
    clock.now += 60_000;
    await repo.changeStage(lead.id, 'contacted');
    clock.now += 60_000;
    const won = await repo.updateLead(lead.id, { stage: 'customer', segment: 'smb' });
    expect(won.stage).toBe('customer');
    expect(won.closedAt).toBe(clock.now);
    expect(won.stageHistory.map((entry) => entry.stage)).toEqual(['open', 'contacted', 'customer']);
    const history = (await repo.listActivities({ leadId: lead.id })).map((activity) => [activity.kind, activity.details]);
    // The last two were written at the same instant, so their order between themselves is not defined.
    expect(history.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['field-change', { field: 'segment', from: undefined, to: 'smb' }],
        ['stage-change', { from: 'contacted', to: 'customer' }],
      ]),
    );
    expect(history.slice(2)).toEqual([
      ['stage-change', { from: 'open', to: 'contacted' }],
      ['captured', { url: sampleSource().url }],
    ]);
    await expect(repo.changeStage(lead.id, 'no-such-stage')).rejects.toThrow(/Unknown stage/);
  });

  it('does not half-write: a bad patch leaves the lead and its history untouched', async () => {
    const { repo, db } = await freshRepository();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'Need', source: sampleSource() });
    const before = await db.count('activities');
    await expect(repo.updateLead(lead.id, { segment: 'smb', stage: 'nowhere' })).rejects.toThrow();
    expect(await db.count('activities')).toBe(before);
    expect((await repo.getLead(lead.id))?.segment).toBeUndefined();
  });

  it('pages history newest first', async () => {
    const { repo, clock } = await freshRepository();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'Need', source: sampleSource() });
    for (let i = 0; i < 5; i++) {
      clock.now += 1000;
      await repo.addActivity({ leadId: lead.id, kind: 'note', at: clock.now, summary: `note ${i}` });
    }
    const first = await repo.listActivities({ leadId: lead.id }, { limit: 2 });
    expect(first.map((each) => each.summary)).toEqual(['note 4', 'note 3']);
    const next = await repo.listActivities({ leadId: lead.id }, { limit: 2, before: first[1]?.at });
    expect(next.map((each) => each.summary)).toEqual(['note 2', 'note 1']);
  });
});

describe('reminders', () => {
  it('lists due reminders most urgent first, counts them, and finds the next alarm', async () => {
    const { repo, clock } = await freshRepository();
    const person = await repo.createPerson(samplePerson());
    const now = clock.now;
    const late = await repo.createReminder({ personId: person.id, dueAt: now - 3_600_000, note: 'late' });
    const soon = await repo.createReminder({ personId: person.id, dueAt: now + 60_000, note: 'soon' });
    await repo.createReminder({ personId: person.id, dueAt: now + 86_400_000 * 3, note: 'later' });
    const done = await repo.createReminder({ personId: person.id, dueAt: now - 7_200_000, note: 'done' });
    await repo.completeReminder(done.id);
    expect((await repo.listDueReminders(now + 120_000)).map((each) => each.note)).toEqual(['late', 'soon']);
    expect(await repo.countDueReminders(now + 120_000)).toBe(2);
    expect((await repo.nextReminderAfter(now))?.id).toBe(soon.id);
    await repo.snoozeReminder(late.id, now + 30_000);
    expect((await repo.listDueReminders(now + 120_000)).map((each) => each.note)).toEqual(['late', 'soon']);
    expect((await repo.getReminder(late.id))?.status).toBe('snoozed');
    expect((await repo.nextReminderAfter(now))?.id).toBe(late.id);
    const history = await repo.listActivities({ personId: person.id });
    expect(history).toMatchObject([{ kind: 'reminder-done', details: { note: 'done' } }]);
    await expect(repo.snoozeReminder(done.id, now)).rejects.toThrow(/already done/);
  });
});

describe('bulk insert', () => {
  it('inserts leads with their people, companies and captured activities, searchable at once', async () => {
    const { repo, db } = await freshRepository();
    const leads = await repo.insertLeadBundles(
      Array.from({ length: 30 }, (_, i) => ({
        person: { fullName: `Person ${i}`, emails: [`p${i}@firm${i}.com`], phones: [{ e164: `+1415555${String(1000 + i)}`, raw: '' }] },
        company: { name: `Firm ${i}`, domain: `firm${i}.com` },
        lead: { title: `Need ${i}`, source: sampleSource() },
      })),
    );
    expect(leads).toHaveLength(30);
    expect(await db.count('people')).toBe(30);
    expect(await db.count('companies')).toBe(30);
    expect(await db.count('activities')).toBe(30);
    expect((await repo.findPersonByPhone('+14155551029'))?.fullName).toBe('Person 29');
    expect((await repo.searchPeople('firm7')).map((person) => person.fullName)).toEqual(['Person 7']);
  });

  it('writes nothing when one bundle is invalid', async () => {
    const { repo, db } = await freshRepository();
    await expect(repo.insertLeadBundles([
      { person: { fullName: 'Good' }, lead: { title: 'ok', source: sampleSource() } },
      { person: { fullName: 'Bad', emails: ['nope'] }, lead: { title: 'ok', source: sampleSource() } },
    ])).rejects.toThrow();
    expect(await db.count('people')).toBe(0);
  });
});
