/**
 * The repository: every read and write of LeadTrail's data. Used by the background service worker
 * only (the one writer). Every write validates the full record with its zod schema first, and every
 * write that changes a lead writes its activity in the same transaction, so a worker killed
 * mid-write leaves either both or neither.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import {
  ActivitySchema,
  CompanySchema,
  LeadSchema,
  PersonSchema,
  ReminderSchema,
  SettingsSchema,
  defaultSettings,
  newId,
  type Activity,
  type ActivityInput,
  type ActivityOrigin,
  type Company,
  type CompanyInput,
  type Lead,
  type LeadInput,
  type Person,
  type PersonInput,
  type Reminder,
  type ReminderInput,
  type Settings,
} from '../model';
import { personKeys, profileKey, withoutKeys, words } from './keys';
import type { LeadTrailDB, StoreName } from './schema';

export type Db = IDBPDatabase<LeadTrailDB>;
export type WriteTx = IDBPTransaction<LeadTrailDB, StoreName[], 'readwrite'>;
type Stamped = 'id' | 'createdAt' | 'updatedAt';

export type NewPerson = Omit<PersonInput, Stamped> & { id?: string };
export type NewCompany = Omit<CompanyInput, Stamped> & { id?: string };
export type NewLead = Omit<LeadInput, Stamped | 'stageChangedAt' | 'stageHistory' | 'stage'> & { id?: string; stage?: string };
export type NewReminder = Omit<ReminderInput, Stamped | 'status'> & { id?: string };
export type NewActivity = Omit<ActivityInput, 'id'> & { id?: string };

/** Lead fields that the repository manages itself and never logs as a field change. */
const MANAGED_LEAD_FIELDS = new Set(['id', 'personId', 'createdAt', 'updatedAt', 'stageChangedAt', 'stageHistory', 'closedAt', 'stage', 'score']);
const MANAGED_PERSON_FIELDS = new Set(['id', 'createdAt', 'updatedAt']);

export class RepositoryError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid-payload',
    message: string,
  ) {
    super(message);
    this.name = 'RepositoryError';
  }
}


function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs `work` in one read-write transaction and resolves once it has committed. If `work` fails the
 * transaction is aborted, so nothing it wrote stays: all or nothing.
 */
export async function writeTransaction<T>(db: Db, stores: StoreName[], work: (tx: WriteTx) => Promise<T>, options?: IDBTransactionOptions): Promise<T> {
  const tx = db.transaction(stores, 'readwrite', options);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted: the original error is what matters
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

export class Repository {
  constructor(
    readonly db: Db,
    readonly now: () => number = Date.now,
  ) {}

  /** Runs `work` in one read-write transaction over `stores` and resolves once it has committed. */
  write<T>(stores: StoreName[], work: (tx: WriteTx) => Promise<T>, options?: IDBTransactionOptions): Promise<T> {
    return writeTransaction(this.db, stores, work, options);
  }

  // ---- settings ----

  async getSettings(): Promise<Settings> {
    return (await this.db.get('settings', 'settings')) ?? defaultSettings();
  }

  async saveSettings(settings: Settings): Promise<Settings> {
    const valid = SettingsSchema.parse(settings);
    await this.db.put('settings', valid, 'settings');
    return valid;
  }

  // ---- people ----

  async putPerson(tx: WriteTx, person: Person): Promise<Person> {
    const company = person.companyId ? await tx.objectStore('companies').get(person.companyId) : undefined;
    await tx.objectStore('people').put({ ...person, ...personKeys(person, company) });
    return person;
  }

  buildPerson(input: NewPerson): Person {
    const at = this.now();
    return PersonSchema.parse({ ...input, id: input.id ?? newId(), createdAt: at, updatedAt: at });
  }

  async createPerson(input: NewPerson): Promise<Person> {
    const person = this.buildPerson(input);
    return this.write(['people', 'companies'], (tx) => this.putPerson(tx, person));
  }

  async getPerson(id: string): Promise<Person | undefined> {
    const record = await this.db.get('people', id);
    return record && withoutKeys(record);
  }

  async findPersonByEmail(email: string): Promise<Person | undefined> {
    const record = await this.db.getFromIndex('people', 'byEmail', email.trim().toLowerCase());
    return record && withoutKeys(record);
  }

  async findPersonByPhone(e164: string): Promise<Person | undefined> {
    const record = await this.db.getFromIndex('people', 'byPhone', e164);
    return record && withoutKeys(record);
  }

  async findPersonByProfile(url: string): Promise<Person | undefined> {
    const record = await this.db.getFromIndex('people', 'byProfile', profileKey(url));
    return record && withoutKeys(record);
  }

  /**
   * People for whom every word of the query starts one of their words (name, email, phone, company,
   * tag). The index answers the first word; the few candidates are checked against the rest.
   */
  async searchPeople(query: string, limit = 20): Promise<Person[]> {
    const [first, ...rest] = words(query);
    if (!first) return [];
    const range = IDBKeyRange.bound(first, `${first}\uffff`);
    const found = new Map<string, Person>();
    const index = this.db.transaction('people').store.index('bySearchToken');
    for (let cursor = await index.openCursor(range); cursor && found.size < limit; cursor = await cursor.continue()) {
      const record = cursor.value;
      if (found.has(record.id)) continue;
      if (rest.every((word) => record.searchTokens.some((token) => token.startsWith(word)))) found.set(record.id, withoutKeys(record));
    }
    return [...found.values()];
  }

  /** Changes a person, logging each changed field as a field-change activity on the person. */
  async updatePerson(id: string, patch: Partial<Omit<Person, Stamped>>, origin: ActivityOrigin = 'manual'): Promise<Person> {
    return this.write(['people', 'companies', 'activities'], async (tx) => {
      const current = await tx.objectStore('people').get(id);
      if (!current) throw new RepositoryError('not-found', `No person with id ${id}.`);
      const before = withoutKeys(current);
      const at = this.now();
      const next = PersonSchema.parse({ ...before, ...patch, id, createdAt: before.createdAt, updatedAt: at });
      for (const field of Object.keys(patch)) {
        if (MANAGED_PERSON_FIELDS.has(field)) continue;
        const from = before[field as keyof Person];
        const to = next[field as keyof Person];
        if (sameValue(from, to)) continue;
        await this.putActivity(tx, { personId: id, kind: 'field-change', at, origin, summary: field, details: { field, from, to } });
      }
      return this.putPerson(tx, next);
    });
  }

  // ---- companies ----

  buildCompany(input: NewCompany): Company {
    const at = this.now();
    return CompanySchema.parse({ ...input, id: input.id ?? newId(), createdAt: at, updatedAt: at });
  }

  async createCompany(input: NewCompany): Promise<Company> {
    const company = this.buildCompany(input);
    return this.write(['companies'], async (tx) => {
      await tx.objectStore('companies').put(company);
      return company;
    });
  }

  getCompany(id: string): Promise<Company | undefined> {
    return this.db.get('companies', id);
  }

  findCompanyByDomain(domain: string): Promise<Company | undefined> {
    return this.db.getFromIndex('companies', 'byDomain', domain.trim().toLowerCase());
  }

  /** Changes a company; its people's search keys follow its new name. */
  async updateCompany(id: string, patch: Partial<Omit<Company, Stamped>>): Promise<Company> {
    return this.write(['companies', 'people'], async (tx) => {
      const current = await tx.objectStore('companies').get(id);
      if (!current) throw new RepositoryError('not-found', `No company with id ${id}.`);
      const next = CompanySchema.parse({ ...current, ...patch, id, createdAt: current.createdAt, updatedAt: this.now() });
      await tx.objectStore('companies').put(next);
      if (next.name !== current.name || next.domain !== current.domain) {
        const people = tx.objectStore('people');
        for (let cursor = await people.index('byCompany').openCursor(id); cursor; cursor = await cursor.continue()) {
          await cursor.update({ ...cursor.value, ...personKeys(withoutKeys(cursor.value), next) });
        }
      }
      return next;
    });
  }

  // ---- leads ----

  /** Builds a valid lead at its first stage (or the stage given), with its stage history started. */
  buildLead(input: NewLead, settings: Settings): Lead {
    const at = this.now();
    const stage = input.stage ?? settings.stages[0]?.id ?? 'open';
    if (!settings.stages.some((each) => each.id === stage)) throw new RepositoryError('invalid-payload', `Unknown stage "${stage}".`);
    return LeadSchema.parse({
      ...input,
      id: input.id ?? newId(),
      stage,
      stageHistory: [{ stage, enteredAt: at }],
      createdAt: at,
      updatedAt: at,
      stageChangedAt: at,
    });
  }

  /** Creates a lead and its `captured` activity in one transaction. */
  async createLead(input: NewLead, origin: ActivityOrigin = 'manual'): Promise<Lead> {
    const settings = await this.getSettings();
    const lead = this.buildLead(input, settings);
    return this.write(['leads', 'people', 'activities'], async (tx) => {
      if (!(await tx.objectStore('people').getKey(lead.personId))) {
        throw new RepositoryError('not-found', `No person with id ${lead.personId}.`);
      }
      await this.insertLead(tx, lead, origin);
      return lead;
    });
  }

  async insertLead(tx: WriteTx, lead: Lead, origin: ActivityOrigin): Promise<void> {
    await tx.objectStore('leads').put(lead);
    await this.putActivity(tx, {
      leadId: lead.id,
      personId: lead.personId,
      kind: 'captured',
      at: lead.createdAt,
      origin,
      summary: lead.source.title ?? lead.source.url ?? lead.title,
      details: lead.source.url ? { url: lead.source.url } : {},
    });
  }

  /**
   * Inserts many new leads, each with its person and (optional) company, in one transaction: the
   * path for imports. Records are validated and keyed exactly as single writes are.
   */
  async insertLeadBundles(bundles: Array<{ person: NewPerson; company?: NewCompany; lead: Omit<NewLead, 'personId' | 'companyId'> }>, origin: ActivityOrigin = 'import'): Promise<Lead[]> {
    const settings = await this.getSettings();
    const built = bundles.map((bundle) => {
      const company = bundle.company ? this.buildCompany(bundle.company) : undefined;
      const person = this.buildPerson({ ...bundle.person, ...(company ? { companyId: company.id } : {}) });
      const lead = this.buildLead({ ...bundle.lead, personId: person.id, ...(company ? { companyId: company.id } : {}) }, settings);
      return { company, person, lead };
    });
    return this.write(['people', 'companies', 'leads', 'activities'], async (tx) => {
      const writes: Array<Promise<unknown>> = [];
      for (const { company, person, lead } of built) {
        if (company) writes.push(tx.objectStore('companies').put(company));
        writes.push(tx.objectStore('people').put({ ...person, ...personKeys(person, company) }));
        writes.push(this.insertLead(tx, lead, origin));
      }
      await Promise.all(writes);
      return built.map(({ lead }) => lead);
      // Relaxed durability: still all-or-nothing, but the commit does not wait for the disk flush;
      // an import interrupted by a power cut is simply run again.
    }, { durability: 'relaxed' });
  }

  getLead(id: string): Promise<Lead | undefined> {
    return this.db.get('leads', id);
  }

  listLeadsForPerson(personId: string): Promise<Lead[]> {
    return this.db.getAllFromIndex('leads', 'byPerson', personId);
  }

  listLeadsByStage(stage: string, limit?: number): Promise<Lead[]> {
    return this.db.getAllFromIndex('leads', 'byStage', stage, limit);
  }

  countLeads(): Promise<number> {
    return this.db.count('leads');
  }

  /** Changes a lead's fields, logging each change. A stage in the patch goes through changeStage. */
  async updateLead(id: string, patch: Partial<Omit<Lead, Stamped>>, origin: ActivityOrigin = 'manual'): Promise<Lead> {
    const settings = patch.stage === undefined ? undefined : await this.getSettings();
    return this.write(['leads', 'activities'], async (tx) => {
      const current = await tx.objectStore('leads').get(id);
      if (!current) throw new RepositoryError('not-found', `No lead with id ${id}.`);
      const at = this.now();
      let next = LeadSchema.parse({ ...current, ...patch, id, personId: current.personId, stage: current.stage, createdAt: current.createdAt, updatedAt: at });
      for (const field of Object.keys(patch)) {
        if (MANAGED_LEAD_FIELDS.has(field)) continue;
        const from = current[field as keyof Lead];
        const to = next[field as keyof Lead];
        if (sameValue(from, to)) continue;
        await this.putActivity(tx, { leadId: id, personId: current.personId, kind: 'field-change', at, origin, summary: field, details: { field, from, to } });
      }
      if (patch.score !== undefined) next = { ...next, score: patch.score };
      if (settings && patch.stage !== undefined && patch.stage !== current.stage) {
        next = await this.applyStage(tx, next, patch.stage, settings, origin, at);
      }
      await tx.objectStore('leads').put(next);
      return next;
    });
  }

  /** Moves a lead to another stage and logs the stage change, in one transaction. */
  async changeStage(id: string, stage: string, origin: ActivityOrigin = 'manual'): Promise<Lead> {
    const settings = await this.getSettings();
    return this.write(['leads', 'activities'], async (tx) => {
      const current = await tx.objectStore('leads').get(id);
      if (!current) throw new RepositoryError('not-found', `No lead with id ${id}.`);
      if (current.stage === stage) return current;
      const next = await this.applyStage(tx, current, stage, settings, origin, this.now());
      await tx.objectStore('leads').put(next);
      return next;
    });
  }

  async applyStage(tx: WriteTx, lead: Lead, stage: string, settings: Settings, origin: ActivityOrigin, at: number): Promise<Lead> {
    const target = settings.stages.find((each) => each.id === stage);
    if (!target) throw new RepositoryError('invalid-payload', `Unknown stage "${stage}".`);
    await this.putActivity(tx, {
      leadId: lead.id,
      personId: lead.personId,
      kind: 'stage-change',
      at,
      origin,
      summary: `${lead.stage} → ${stage}`,
      details: { from: lead.stage, to: stage },
    });
    const { closedAt: _closedAt, ...rest } = lead;
    return {
      ...rest,
      stage,
      stageChangedAt: at,
      updatedAt: at,
      stageHistory: [...lead.stageHistory, { stage, enteredAt: at }],
      ...(target.outcome ? { closedAt: at } : {}),
    };
  }

  // ---- activities ----

  async putActivity(tx: WriteTx, input: NewActivity): Promise<Activity> {
    const activity = ActivitySchema.parse({ ...input, id: input.id ?? newId() });
    await tx.objectStore('activities').put(activity);
    return activity;
  }

  async addActivity(input: NewActivity): Promise<Activity> {
    return this.write(['activities'], (tx) => this.putActivity(tx, input));
  }

  /** A lead's or a person's history, newest first, `limit` items before `before` (for paging). */
  async listActivities(owner: { leadId: string } | { personId: string }, options: { limit?: number; before?: number } = {}): Promise<Activity[]> {
    const [indexName, id] = 'leadId' in owner ? (['byLeadAt', owner.leadId] as const) : (['byPersonAt', owner.personId] as const);
    const upper = options.before === undefined ? Number.MAX_SAFE_INTEGER : options.before - 1;
    const range = IDBKeyRange.bound([id, 0], [id, upper]);
    const index = this.db.transaction('activities').store.index(indexName);
    const found: Activity[] = [];
    const limit = options.limit ?? 100;
    for (let cursor = await index.openCursor(range, 'prev'); cursor && found.length < limit; cursor = await cursor.continue()) {
      found.push(cursor.value);
    }
    return found;
  }

  // ---- reminders ----

  buildReminder(input: NewReminder): Reminder {
    const at = this.now();
    return ReminderSchema.parse({ ...input, id: input.id ?? newId(), status: 'open', createdAt: at, updatedAt: at });
  }

  async createReminder(input: NewReminder): Promise<Reminder> {
    const reminder = this.buildReminder(input);
    await this.db.put('reminders', reminder);
    return reminder;
  }

  getReminder(id: string): Promise<Reminder | undefined> {
    return this.db.get('reminders', id);
  }

  /** Marks a reminder done and logs it on its lead or person. */
  completeReminder(id: string, origin: ActivityOrigin = 'manual'): Promise<Reminder> {
    return this.write(['reminders', 'activities'], async (tx) => {
      const current = await tx.objectStore('reminders').get(id);
      if (!current) throw new RepositoryError('not-found', `No reminder with id ${id}.`);
      if (current.status === 'done') return current;
      const at = this.now();
      const done: Reminder = { ...current, status: 'done', doneAt: at, updatedAt: at };
      await tx.objectStore('reminders').put(done);
      await this.putActivity(tx, {
        ...(current.leadId ? { leadId: current.leadId } : {}),
        ...(current.personId ? { personId: current.personId } : {}),
        kind: 'reminder-done',
        at,
        origin,
        summary: current.note,
        details: { reminderId: id, note: current.note },
      });
      return done;
    });
  }

  /** Moves a reminder to a later time; it will notify again then. */
  snoozeReminder(id: string, until: number): Promise<Reminder> {
    return this.write(['reminders'], async (tx) => {
      const current = await tx.objectStore('reminders').get(id);
      if (!current) throw new RepositoryError('not-found', `No reminder with id ${id}.`);
      if (current.status === 'done') throw new RepositoryError('conflict', 'This reminder is already done.');
      const { notifiedAt: _notified, ...rest } = current;
      const snoozed: Reminder = { ...rest, status: 'snoozed', dueAt: until, updatedAt: this.now() };
      await tx.objectStore('reminders').put(snoozed);
      return snoozed;
    });
  }

  /** Pending reminders due at or before `until`, most urgent first, at most `limit`. */
  async listDueReminders(until: number, limit = 50): Promise<Reminder[]> {
    const index = this.db.transaction('reminders').store.index('byStatusDue');
    const lists = await Promise.all(
      (['open', 'snoozed'] as const).map((status) => index.getAll(IDBKeyRange.bound([status, 0], [status, until]), limit)),
    );
    return lists
      .flat()
      .sort((a, b) => a.dueAt - b.dueAt)
      .slice(0, limit);
  }

  async countDueReminders(until: number): Promise<number> {
    const index = this.db.transaction('reminders').store.index('byStatusDue');
    const counts = await Promise.all(
      (['open', 'snoozed'] as const).map((status) => index.count(IDBKeyRange.bound([status, 0], [status, until]))),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }

  /** The earliest pending reminder due after `after`: when the next alarm must ring. */
  async nextReminderAfter(after: number): Promise<Reminder | undefined> {
    const index = this.db.transaction('reminders').store.index('byStatusDue');
    const next = await Promise.all(
      (['open', 'snoozed'] as const).map(async (status) => (await index.openCursor(IDBKeyRange.bound([status, after], [status, Number.MAX_SAFE_INTEGER], true)))?.value),
    );
    return next.filter((each): each is Reminder => each !== undefined).sort((a, b) => a.dueAt - b.dueAt)[0];
  }
}
