/**
 * Logs an email a webmail content script saw: every counterpart address that belongs to a person
 * gets the activity on their open lead (or on the person), all in one transaction with the mail log
 * entry that stops the same email from being logged twice.
 */
import type { Repository } from '../db/repository';
import { currentLead, type MailAddress, type ObservedMail, type Settings } from '../model';
import { buildNeverLog } from './never-log';

export const SNIPPET_LENGTH = 300;

export interface LoggedMail {
  logged: number;
  duplicate: boolean;
  ignored: boolean;
  unmatched: MailAddress[];
  /** Leads that got the activity, with the direction, for the cadences. */
  leads: Array<{ leadId: string; movedToContacted: boolean }>;
}

/** The key that identifies an email across page loads: the provider's id, else its visible facts. */
export function mailKey(mail: ObservedMail): string {
  if (mail.messageId) return `${mail.provider}:${mail.messageId}`;
  const people = [mail.from, ...mail.to, ...mail.cc, ...mail.bcc].flatMap((address) => (address ? [address.email] : [])).sort().join(',');
  return `${mail.provider}:${mail.direction}:${Math.floor(mail.at / 60_000)}:${mail.subject}:${people}`;
}

export function bodyFor(mail: ObservedMail, setting: Settings['webmail']['body']): string {
  const text = mail.body.replace(/\s+/g, ' ').trim();
  if (setting === 'none') return '';
  if (setting === 'snippet') return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
  return mail.body;
}

export async function logObservedMail(repo: Repository, mail: ObservedMail): Promise<LoggedMail> {
  const settings = await repo.getSettings();
  const neverLog = buildNeverLog(settings, mail.mailbox);
  const counterparts = mail.direction === 'sent' ? [...mail.to, ...mail.cc, ...mail.bcc] : mail.from ? [mail.from] : [];
  const unique = [...new Map(counterparts.map((address) => [address.email.toLowerCase(), address])).values()];
  const allowed = unique.filter((address) => !neverLog(address));
  const result: LoggedMail = { logged: 0, duplicate: false, ignored: false, unmatched: [], leads: [] };
  if (allowed.length === 0) return { ...result, ignored: unique.length > 0 };

  const key = mailKey(mail);
  const firstStage = settings.stages[0]?.id;
  const contacted = settings.stages.find((stage) => stage.id === 'contacted')?.id;
  const kind = mail.direction === 'sent' ? 'email-sent' : 'email-received';
  const snippet = bodyFor(mail, settings.webmail.body);

  return repo.write(['mailLog', 'people', 'leads', 'activities'], async (tx) => {
    if (await tx.objectStore('mailLog').getKey(key)) return { ...result, duplicate: true };
    const activityIds: string[] = [];
    const seenOwners = new Set<string>();
    for (const address of allowed) {
      const person = await tx.objectStore('people').index('byEmail').get(address.email.toLowerCase());
      if (!person) {
        result.unmatched.push(address);
        continue;
      }
      const lead = currentLead(await tx.objectStore('leads').index('byPerson').getAll(person.id));
      const owner = lead?.id ?? person.id;
      // One email to two addresses of the same person is one activity.
      if (seenOwners.has(owner)) continue;
      seenOwners.add(owner);
      const activity = await repo.putActivity(tx, {
        ...(lead ? { leadId: lead.id } : {}),
        personId: person.id,
        kind,
        at: mail.at,
        origin: mail.provider,
        summary: mail.subject,
        details: {
          ...(mail.from ? { from: mail.from } : {}),
          to: mail.to,
          cc: mail.cc,
          bcc: mail.bcc,
          subject: mail.subject,
          snippet,
          provider: mail.provider,
          mailbox: mail.mailbox,
          ...(mail.messageId ? { messageId: mail.messageId } : {}),
          ...(mail.threadId ? { threadId: mail.threadId } : {}),
        },
      });
      activityIds.push(activity.id);
      if (!lead) continue;
      let movedToContacted = false;
      if (mail.direction === 'sent' && settings.webmail.moveFirstStageToContacted && contacted && lead.stage === firstStage) {
        const moved = await repo.applyStage(tx, lead, contacted, settings, mail.provider, mail.at);
        await tx.objectStore('leads').put(moved);
        movedToContacted = true;
      }
      result.leads.push({ leadId: lead.id, movedToContacted });
    }
    if (activityIds.length > 0) await tx.objectStore('mailLog').put({ key, at: mail.at, activityIds });
    return { ...result, logged: activityIds.length };
  });
}
