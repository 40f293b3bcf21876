import { describe, expect, it } from 'vitest';
import { BackupError, exportBackup, parseBackup, restoreBackup } from '../../../lib/db/backup';
import { freshRepository, samplePerson, sampleSource } from '../helpers/db';

async function seeded() {
  const context = await freshRepository();
  const { repo, clock } = context;
  const company = await repo.createCompany({ name: 'Ромашка', domain: 'romashka.ru' });
  const person = await repo.createPerson({ ...samplePerson(), companyId: company.id });
  const lead = await repo.createLead({ personId: person.id, companyId: company.id, title: 'CRM', source: sampleSource(), bant: { timeline: { date: '2027-01-31' } } });
  clock.now += 1000;
  await repo.changeStage(lead.id, 'contacted');
  await repo.createReminder({ leadId: lead.id, dueAt: clock.now + 3_600_000, note: 'перезвонить' });
  await repo.saveSettings({ ...(await repo.getSettings()), neverLog: ['hr@mycompany.com'] });
  return { ...context, lead, person };
}

describe('backup', () => {
  it('round-trips the whole database losslessly', async () => {
    const { db, repo } = await seeded();
    const first = await exportBackup(db, 1);
    const text = JSON.stringify(first);
    const { repo: otherRepo, db: other } = await freshRepository();
    await otherRepo.createPerson({ fullName: 'Someone who will be replaced' });
    const counts = await restoreBackup(other, parseBackup(text));
    expect(counts).toEqual({ people: 1, leads: 1, activities: 2 });
    expect(await exportBackup(other, 1)).toEqual(first);
    // The indexes work after a restore.
    expect((await otherRepo.searchPeople('ромашка')).length).toBe(1);
    expect((await repo.getSettings()).neverLog).toEqual(['hr@mycompany.com']);
  });

  it('refuses a file that is not JSON, not ours, or of another version', () => {
    expect(() => parseBackup('{oops')).toThrow(/not JSON/);
    expect(() => parseBackup('{"format":"other"}')).toThrow(/not a LeadTrail backup/);
    expect(() => parseBackup('{"format":"leadtrail-backup","version":99}')).toThrow(/version 99/);
  });

  it('refuses a file with one bad record and changes nothing', async () => {
    const { db } = await seeded();
    const backup = await exportBackup(db);
    const broken = structuredClone(backup);
    (broken.data.people[0] as { emails: string[] }).emails = ['not-an-email'];
    let error: unknown;
    try {
      parseBackup(JSON.stringify(broken));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).issues[0]).toMatch(/^data\.people\.0\.emails\.0/);
    const orphan = structuredClone(backup);
    orphan.data.people = [];
    expect(() => parseBackup(JSON.stringify(orphan))).toThrow(/without their person/);
    expect(await exportBackup(db, backup.exportedAt)).toEqual(backup);
  });
});
