import { IDBFactory } from 'fake-indexeddb';
import { openLeadTrailDb } from '../../../lib/db/open';
import { Repository } from '../../../lib/db/repository';

/** A fresh, empty IndexedDB for one test, and a repository over it with a controllable clock. */
export async function freshRepository(start = Date.UTC(2026, 10, 25, 9, 0)) {
  globalThis.indexedDB = new IDBFactory();
  const clock = { now: start };
  const db = await openLeadTrailDb();
  const repo = new Repository(db, () => clock.now);
  return { db, repo, clock };
}

export function samplePerson(overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Иванов Пётр Сергеевич',
    givenName: 'Пётр',
    familyName: 'Иванов',
    patronymic: 'Сергеевич',
    jobTitle: 'Коммерческий директор',
    emails: ['P.Ivanov@Romashka.ru'],
    phones: [{ e164: '+74951234567', ext: '204', raw: '+7 (495) 123-45-67 доб. 204' }],
    profiles: [{ network: 'telegram' as const, url: 'https://t.me/pivanov' }],
    tags: ['конференция'],
    ...overrides,
  };
}

export function sampleSource(url = 'https://romashka.ru/team?utm_source=vc&utm_medium=article') {
  return { kind: 'page' as const, url, title: 'Команда — Ромашка', utm: { source: 'vc', medium: 'article' }, capturedAt: Date.UTC(2026, 10, 25, 9, 0) };
}
