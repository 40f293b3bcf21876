import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLeadTrailDb } from '../../../lib/db/open';
import { Repository } from '../../../lib/db/repository';
import { DB_VERSION, type LeadTrailDB } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/model';

const T = Date.UTC(2026, 0, 15, 10, 0);

/**
 * What each release stored, written the way that release wrote it (raw records, its own derived
 * keys). SEEDS[n] fills the stores that version n + 1 added.
 */
const SEEDS: Array<(db: IDBPDatabase<LeadTrailDB>) => Promise<void>> = [
  async (db) => {
    const tx = db.transaction(['people', 'companies', 'leads', 'activities', 'reminders'], 'readwrite');
    await tx.objectStore('companies').put({ id: 'c1', name: 'Ромашка', domain: 'romashka.ru', phones: [], emails: [], tags: [], createdAt: T, updatedAt: T });
    // Version 1 had no search tokens.
    await tx.objectStore('people').put({
      id: 'p1', fullName: 'Иванов Пётр Сергеевич', emails: ['p.ivanov@romashka.ru'], phones: [{ e164: '+74951234567', raw: '+7 495 123-45-67' }],
      profiles: [], notes: 'met at RIW', tags: ['riw'], companyId: 'c1', isDecisionMaker: true, createdAt: T, updatedAt: T,
      phoneKeys: ['+74951234567'], profileKeys: [],
    } as never);
    await tx.objectStore('people').put({
      id: 'p2', fullName: 'Jane Doe', emails: ['jane@acme.com'], phones: [], profiles: [{ network: 'linkedin', url: 'https://www.linkedin.com/in/janedoe' }],
      notes: '', tags: [], isDecisionMaker: false, createdAt: T, updatedAt: T, phoneKeys: [], profileKeys: ['linkedin.com/in/janedoe'],
    } as never);
    await tx.objectStore('leads').put({
      id: 'l1', personId: 'p1', companyId: 'c1', title: 'CRM', stage: 'qualified', bant: { budget: { amount: { amount: 500000, currency: 'RUB' } } },
      qualifiers: { custom: { seats: '20' } }, tags: [], source: { kind: 'page', url: 'https://romashka.ru/team', utm: {}, capturedAt: T },
      stageHistory: [{ stage: 'open', enteredAt: T }, { stage: 'qualified', enteredAt: T + 1 }], createdAt: T, updatedAt: T + 1, stageChangedAt: T + 1, nextFollowUpAt: T + 86_400_000,
    });
    await tx.objectStore('activities').put({ id: 'a1', leadId: 'l1', personId: 'p1', kind: 'captured', at: T, summary: 'Команда', origin: 'page', details: { url: 'https://romashka.ru/team' } });
    await tx.objectStore('activities').put({ id: 'a2', leadId: 'l1', personId: 'p1', kind: 'stage-change', at: T + 1, summary: '', origin: 'manual', details: { from: 'open', to: 'qualified' } });
    await tx.objectStore('reminders').put({ id: 'r1', leadId: 'l1', dueAt: T + 86_400_000, note: 'call back', status: 'open', cause: 'manual', createdAt: T, updatedAt: T });
    await tx.done;
  },
  async (db) => {
    await db.put('templates', { id: 't1', name: 'Intro', subject: 'Hello', body: 'Hi {{firstName}}', createdAt: T, updatedAt: T });
    await db.put('settings', { ...defaultSettings(), neverLog: ['boss@mycompany.com'] }, 'settings');
    await db.put('mailLog', { key: 'gmail:abc', at: T, activityIds: ['a1'] });
  },
];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('database upgrades', () => {
  it('has a seed for every version', () => {
    expect(SEEDS).toHaveLength(DB_VERSION);
  });

  for (let version = 1; version < DB_VERSION; version++) {
    it(`upgrades a version ${version} database to ${DB_VERSION} without losing anything`, async () => {
      const old = await openLeadTrailDb('leadtrail', version);
      for (const seed of SEEDS.slice(0, version)) await seed(old);
      const before = Object.fromEntries(
        await Promise.all([...old.objectStoreNames].map(async (store) => [store, await old.getAll(store)] as const)),
      );
      old.close();

      const db = await openLeadTrailDb();
      expect(db.version).toBe(DB_VERSION);
      for (const [store, records] of Object.entries(before)) {
        const after = await db.getAll(store as never);
        expect(after.length, store).toBe(records.length);
        for (const record of records) {
          expect(after, store).toContainEqual(expect.objectContaining(record as object));
        }
      }
      // The new version's features work on the old data.
      const repo = new Repository(db);
      expect((await repo.searchPeople('ромашка')).map((person) => person.id)).toEqual(['p1']);
      expect((await repo.findPersonByProfile('https://linkedin.com/in/JaneDoe/'))?.id).toBe('p2');
      expect((await repo.listDueReminders(T + 86_400_000)).map((reminder) => reminder.id)).toEqual(['r1']);
      for (const seed of SEEDS.slice(version)) await seed(db);
      expect(await db.count('templates')).toBe(1);
      db.close();
    });
  }

  it('opens an empty database at the latest version', async () => {
    const db = await openLeadTrailDb();
    expect([...db.objectStoreNames].sort()).toEqual(['activities', 'companies', 'leads', 'mailLog', 'people', 'reminders', 'settings', 'templates']);
    db.close();
  });
});
