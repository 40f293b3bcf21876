/**
 * The JSON backup of the whole database, and its restore. The format is versioned; a restore
 * validates every record first and refuses a bad file with a clear error, changing nothing.
 */
import { z } from 'zod';
import { ActivitySchema, CompanySchema, LeadSchema, PersonSchema, ReminderSchema, SettingsSchema, TemplateSchema } from '../model';
import { personKeys, withoutKeys } from './keys';
import { writeTransaction, type Db } from './repository';
import type { MailLogEntry, StoreName } from './schema';

export const BACKUP_FORMAT = 'leadtrail-backup';
export const BACKUP_VERSION = 1;

const MailLogEntrySchema = z.object({ key: z.string().min(1).max(600), at: z.number().int().nonnegative(), activityIds: z.array(z.string()) });

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().int().nonnegative(),
  data: z.object({
    people: z.array(PersonSchema),
    companies: z.array(CompanySchema),
    leads: z.array(LeadSchema),
    activities: z.array(ActivitySchema),
    reminders: z.array(ReminderSchema),
    templates: z.array(TemplateSchema),
    settings: SettingsSchema.nullable(),
    mailLog: z.array(MailLogEntrySchema),
  }),
});
export type Backup = z.infer<typeof BackupSchema>;

const STORES: StoreName[] = ['people', 'companies', 'leads', 'activities', 'reminders', 'templates', 'settings', 'mailLog'];

export class BackupError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export async function exportBackup(db: Db, now = Date.now()): Promise<Backup> {
  const tx = db.transaction(STORES);
  const [people, companies, leads, activities, reminders, templates, settings, mailLog] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('companies').getAll(),
    tx.objectStore('leads').getAll(),
    tx.objectStore('activities').getAll(),
    tx.objectStore('reminders').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('settings').get('settings'),
    tx.objectStore('mailLog').getAll(),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    data: {
      people: people.map(withoutKeys),
      companies,
      leads,
      activities,
      reminders,
      templates,
      settings: settings ?? null,
      mailLog: mailLog as MailLogEntry[],
    },
  };
}

/** Parses and checks a backup file's text without touching the database. */
export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`The file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('The file is not a LeadTrail backup.');
  }
  if ((json as { version?: unknown }).version !== BACKUP_VERSION) {
    throw new BackupError(`This backup has format version ${String((json as { version?: unknown }).version)}; this LeadTrail reads version ${BACKUP_VERSION}.`);
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new BackupError(`The backup has ${parsed.error.issues.length} invalid field(s); nothing was restored.`, issues);
  }
  const data = parsed.data.data;
  const personIds = new Set(data.people.map((person) => person.id));
  const broken = data.leads.filter((lead) => !personIds.has(lead.personId)).map((lead) => `leads: lead ${lead.id} names a missing person ${lead.personId}`);
  if (broken.length) throw new BackupError(`The backup has ${broken.length} lead(s) without their person; nothing was restored.`, broken.slice(0, 20));
  return parsed.data;
}

/** Replaces the whole database with the backup, in one transaction: all of it or nothing. */
export async function restoreBackup(db: Db, backup: Backup): Promise<{ people: number; leads: number; activities: number }> {
  const { data } = backup;
  await writeTransaction(db, STORES, async (tx) => {
    await Promise.all(STORES.map((store) => tx.objectStore(store).clear()));
    const companies = new Map(data.companies.map((company) => [company.id, company]));
    const writes: Promise<unknown>[] = [];
    for (const company of data.companies) writes.push(tx.objectStore('companies').put(company));
    for (const person of data.people) {
      const company = person.companyId ? companies.get(person.companyId) : undefined;
      writes.push(tx.objectStore('people').put({ ...person, ...personKeys(person, company) }));
    }
    for (const lead of data.leads) writes.push(tx.objectStore('leads').put(lead));
    for (const activity of data.activities) writes.push(tx.objectStore('activities').put(activity));
    for (const reminder of data.reminders) writes.push(tx.objectStore('reminders').put(reminder));
    for (const template of data.templates) writes.push(tx.objectStore('templates').put(template));
    for (const entry of data.mailLog) writes.push(tx.objectStore('mailLog').put(entry));
    if (data.settings) writes.push(tx.objectStore('settings').put(data.settings, 'settings'));
    await Promise.all(writes);
  });
  return { people: data.people.length, leads: data.leads.length, activities: data.activities.length };
}
