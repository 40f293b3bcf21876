import type { Page } from '@playwright/test';

/** Sends a protocol message from an extension page, as the popup does, and returns the reply. */
export async function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown): Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }> {
  return page.evaluate(([messageType, messagePayload]) => chrome.runtime.sendMessage({ type: messageType, payload: messagePayload }), [type, payload] as const);
}

const T = Date.UTC(2026, 10, 20, 9, 0);

/** A small, valid backup: one company, one person, one lead with its captured activity. */
export function sampleBackup(overrides: { reminders?: unknown[] } = {}) {
  return {
    format: 'leadtrail-backup',
    version: 1,
    exportedAt: T,
    data: {
      companies: [{ id: 'c1', name: 'Ромашка', domain: 'romashka.ru', phones: [], emails: [], tags: [], createdAt: T, updatedAt: T }],
      people: [{
        id: 'p1', fullName: 'Иванов Пётр Сергеевич', givenName: 'Пётр', familyName: 'Иванов', patronymic: 'Сергеевич', jobTitle: 'Коммерческий директор',
        emails: ['p.ivanov@romashka.ru'], phones: [{ e164: '+74951234567', raw: '+7 (495) 123-45-67' }], profiles: [], notes: '', tags: [],
        companyId: 'c1', isDecisionMaker: true, createdAt: T, updatedAt: T,
      }],
      leads: [{
        id: 'l1', personId: 'p1', companyId: 'c1', title: 'CRM на 20 мест', stage: 'open', bant: {}, qualifiers: { custom: {} }, tags: [],
        source: { kind: 'page', url: 'https://romashka.ru/team', title: 'Команда', utm: {}, capturedAt: T },
        stageHistory: [{ stage: 'open', enteredAt: T }], createdAt: T, updatedAt: T, stageChangedAt: T,
      }],
      activities: [{ id: 'a1', leadId: 'l1', personId: 'p1', kind: 'captured', at: T, summary: 'Команда', origin: 'page', details: { url: 'https://romashka.ru/team' } }],
      reminders: overrides.reminders ?? [],
      templates: [],
      settings: null,
      mailLog: [],
    },
  };
}
