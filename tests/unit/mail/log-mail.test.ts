import { describe, expect, it } from 'vitest';
import { bodyFor, logObservedMail } from '../../../lib/mail/log-mail';
import { buildNeverLog } from '../../../lib/mail/never-log';
import { defaultSettings, type ObservedMail } from '../../../lib/model';
import { freshRepository, samplePerson, sampleSource } from '../helpers/db';

const AT = Date.UTC(2026, 10, 25, 10, 0);

function sent(overrides: Partial<ObservedMail> = {}): ObservedMail {
  return {
    provider: 'gmail', direction: 'sent', mailbox: 'rep@mycompany.com',
    from: { name: 'Rep', email: 'rep@mycompany.com' },
    to: [{ name: 'Пётр Иванов', email: 'p.ivanov@romashka.ru' }], cc: [{ email: 'stranger@acme.com' }], bcc: [],
    subject: 'Предложение', body: 'Добрый день, Пётр! '.repeat(40), messageId: 'm-1', threadId: 't-1', at: AT,
    ...overrides,
  };
}

async function withLead() {
  const context = await freshRepository();
  const person = await context.repo.createPerson(samplePerson());
  const lead = await context.repo.createLead({ personId: person.id, title: 'CRM', source: sampleSource() });
  return { ...context, person, lead };
}

describe('logObservedMail', () => {
  it('logs a sent email on the lead, moves it to Contacted, and offers the unknown recipient', async () => {
    const { repo, lead } = await withLead();
    const result = await logObservedMail(repo, sent());
    expect(result).toMatchObject({ logged: 1, duplicate: false, ignored: false, unmatched: [{ email: 'stranger@acme.com' }] });
    const history = await repo.listActivities({ leadId: lead.id });
    const email = history.find((activity) => activity.kind === 'email-sent');
    expect(email).toMatchObject({ origin: 'gmail', summary: 'Предложение', details: { subject: 'Предложение', messageId: 'm-1', mailbox: 'rep@mycompany.com' } });
    expect(email?.kind === 'email-sent' && email.details.snippet.length).toBe(300);
    expect((await repo.getLead(lead.id))?.stage).toBe('contacted');
    expect(history.some((activity) => activity.kind === 'stage-change')).toBe(true);
  });

  it('never logs the same message twice', async () => {
    const { repo, db } = await withLead();
    await logObservedMail(repo, sent());
    const again = await logObservedMail(repo, sent());
    expect(again).toMatchObject({ logged: 0, duplicate: true });
    expect(await db.countFromIndex('activities', 'byPersonAt', IDBKeyRange.bound([(await repo.findPersonByEmail('p.ivanov@romashka.ru'))!.id, 0], [(await repo.findPersonByEmail('p.ivanov@romashka.ru'))!.id, Infinity]))).toBe(3);
  });

  it('honours the never-log list before storing anything', async () => {
    const { repo, db } = await withLead();
    await repo.saveSettings({ ...defaultSettings(), neverLog: ['romashka.ru', 'stranger@acme.com'] });
    const before = await db.count('activities');
    expect(await logObservedMail(repo, sent())).toMatchObject({ logged: 0, ignored: true });
    expect(await db.count('activities')).toBe(before);
    expect(await db.count('mailLog')).toBe(0);
  });

  it('logs a received email once, and keeps the stage', async () => {
    const { repo, lead } = await withLead();
    const received = sent({ direction: 'received', from: { email: 'p.ivanov@romashka.ru' }, to: [{ email: 'rep@mycompany.com' }], cc: [], messageId: 'r-1' });
    expect(await logObservedMail(repo, received)).toMatchObject({ logged: 1 });
    expect(await logObservedMail(repo, received)).toMatchObject({ duplicate: true });
    expect((await repo.getLead(lead.id))?.stage).toBe('open');
  });

  it('logs on the person when they have no lead', async () => {
    const { repo } = await freshRepository();
    const person = await repo.createPerson(samplePerson());
    expect(await logObservedMail(repo, sent({ cc: [] }))).toMatchObject({ logged: 1, unmatched: [] });
    expect(await repo.listActivities({ personId: person.id })).toMatchObject([{ kind: 'email-sent' }]);
  });
});

describe('never-log and body', () => {
  it('skips colleagues on a company mailbox but not on free mail', () => {
    const settings = { ...defaultSettings(), neverLog: ['@partner.org', 'ceo@client.com'] };
    const company = buildNeverLog(settings, 'rep@mycompany.com');
    expect(company({ email: 'boss@mycompany.com' })).toBe(true);
    expect(company({ email: 'x@sub.partner.org' })).toBe(true);
    expect(company({ email: 'ceo@client.com' })).toBe(true);
    expect(company({ email: 'buyer@client.com' })).toBe(false);
    const free = buildNeverLog(settings, 'rep@gmail.com');
    expect(free({ email: 'friend@gmail.com' })).toBe(false);
    expect(free({ email: 'rep@gmail.com' })).toBe(true);
  });

  it('keeps as much body as the setting allows', () => {
    const mail = sent({ body: 'Hello\n\n  world' });
    expect(bodyFor(mail, 'none')).toBe('');
    expect(bodyFor(mail, 'snippet')).toBe('Hello world');
    expect(bodyFor(mail, 'full')).toBe('Hello\n\n  world');
  });
});
