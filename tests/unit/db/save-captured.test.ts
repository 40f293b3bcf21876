import { describe, expect, it } from 'vitest';
import { findPersonByContacts, nameParts, saveCapturedLead } from '../../../lib/db/save-captured';
import { phoneFromText } from '../../../lib/model/phone-text';
import { freshRepository } from '../helpers/db';

const source = { kind: 'page' as const, url: 'https://romashka.ru/team?utm_source=vc', title: 'Команда', referrer: 'https://vc.ru/', utm: { source: 'vc' } };

describe('saveCapturedLead', () => {
  it('creates person, company, lead and captured activity in one go', async () => {
    const { repo, db } = await freshRepository();
    const saved = await saveCapturedLead(repo, {
      person: { name: 'Иванов Пётр Сергеевич', jobTitle: 'CEO', emails: ['P.Ivanov@romashka.ru', 'broken@'], phones: ['+74951234567;ext=204', 'nonsense'], profiles: [{ network: 'vk', url: 'https://vk.com/pivanov' }] },
      organization: { name: 'Ромашка', domain: 'romashka.ru' },
      source,
      leadTitle: 'Лид: Ромашка',
    });
    expect(saved.reusedPerson).toBe(false);
    const person = await repo.getPerson(saved.personId);
    expect(person).toMatchObject({
      fullName: 'Иванов Пётр Сергеевич', familyName: 'Иванов', givenName: 'Пётр', patronymic: 'Сергеевич', jobTitle: 'CEO',
      emails: ['p.ivanov@romashka.ru'], phones: [{ e164: '+74951234567', ext: '204' }], companyId: saved.companyId,
    });
    const lead = await repo.getLead(saved.leadId);
    expect(lead).toMatchObject({ stage: 'open', title: 'Лид: Ромашка', companyId: saved.companyId, source: { url: source.url, referrer: source.referrer, utm: { source: 'vc' } } });
    expect(await repo.listActivities({ leadId: saved.leadId })).toMatchObject([{ kind: 'captured', origin: 'page' }]);
    expect(await db.count('companies')).toBe(1);
  });

  it('reuses a known person (by phone) and company (by domain), adding the new contacts', async () => {
    const { repo, db } = await freshRepository();
    const first = await saveCapturedLead(repo, { person: { name: 'Jane Doe', emails: [], phones: ['+14155550123'], profiles: [] }, organization: { name: 'Acme', domain: 'acme.com' }, source, leadTitle: 'A' });
    const second = await saveCapturedLead(repo, { person: { name: 'J. Doe', emails: ['jane@acme.com'], phones: ['+14155550123'], profiles: [] }, organization: { name: 'ACME Inc', domain: 'acme.com' }, source, leadTitle: 'B' });
    expect(second).toMatchObject({ personId: first.personId, companyId: first.companyId, reusedPerson: true });
    expect((await repo.getPerson(first.personId))?.emails).toEqual(['jane@acme.com']);
    expect(await db.count('people')).toBe(1);
    expect(await db.count('leads')).toBe(2);
  });

  it('reads phones and name orders the way capture writes them', () => {
    expect(phoneFromText('+74951234567;ext=204')).toEqual({ e164: '+74951234567', ext: '204', raw: '+74951234567 ext. 204' });
    expect(phoneFromText('84951234567')).toBeNull();
    expect(nameParts('Пётр Сергеевич Иванов')).toEqual({ givenName: 'Пётр', patronymic: 'Сергеевич', familyName: 'Иванов' });
    expect(nameParts('Mary Ann Smith')).toEqual({ givenName: 'Mary', familyName: 'Ann Smith' });
  });
});

describe('findPersonByContacts', () => {
  it('finds a person by email, phone or profile, in a read-only transaction too', async () => {
    const { repo, db } = await freshRepository();
    const saved = await saveCapturedLead(repo, { person: { name: 'Jane Doe', emails: ['jane@acme.com'], phones: ['+14155550123'], profiles: [{ network: 'github', url: 'https://github.com/janedoe' }] }, source, leadTitle: 'A' });
    const store = () => db.transaction('people').store;
    expect((await findPersonByContacts(store(), { emails: [' JANE@acme.com'], phones: [], profiles: [] }))?.id).toBe(saved.personId);
    expect((await findPersonByContacts(store(), { emails: ['other@acme.com'], phones: [{ e164: '+14155550123' }], profiles: [] }))?.id).toBe(saved.personId);
    expect((await findPersonByContacts(store(), { emails: [], phones: [], profiles: [{ url: 'https://www.github.com/JaneDoe/' }] }))?.id).toBe(saved.personId);
    expect(await findPersonByContacts(store(), { emails: ['nobody@acme.com'], phones: [{ e164: '+14155550999' }], profiles: [] })).toBeUndefined();
  });
});
