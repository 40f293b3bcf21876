/**
 * Cadences: rules that create follow-up reminders so no lead is forgotten, each switchable in
 * settings.cadences. Every function here is idempotent: it reads the lead's reminders inside the
 * transaction that writes them, so a lead never has two pending reminders of the same cause, and a
 * check run twice (on start and by the daily alarm) changes nothing the second time.
 *
 * Reminders that a rule no longer asks for (the customer was contacted, the lead left the stage, a
 * reply came) are closed quietly: marked done without a reminder-done activity, because the rep did
 * not do them; the activity that made them moot is already in the history.
 */
import type { Repository, WriteTx } from '../db/repository';
import type { Activity, Lead, Reminder, Settings } from '../model';
import { CONTACT_KINDS } from '../scoring/score';

const DAY_MS = 86_400_000;
/** Activities looked at to find the last touch; older history does not change "idle for N days". */
const HISTORY_LIMIT = 200;

export interface CadenceChanges {
  created: Reminder[];
  closed: Reminder[];
}

const none = (): CadenceChanges => ({ created: [], closed: [] });

export function changed(changes: CadenceChanges): boolean {
  return changes.created.length + changes.closed.length > 0;
}

const isPending = (reminder: Reminder): boolean => reminder.status !== 'done';

async function leadReminders(tx: WriteTx, leadId: string): Promise<Reminder[]> {
  return tx.objectStore('reminders').index('byLead').getAll(leadId);
}

async function close(tx: WriteTx, reminder: Reminder, at: number): Promise<Reminder> {
  const done: Reminder = { ...reminder, status: 'done', doneAt: at, updatedAt: at };
  await tx.objectStore('reminders').put(done);
  return done;
}

function stageOf(settings: Settings, stageId: string) {
  return settings.stages.find((stage) => stage.id === stageId);
}

// ---- no reply: driven by the webmail log ----

/**
 * An email was sent to the lead at `at`: a 'no-reply' follow-up becomes due `noReply.days` later.
 * A pending one is moved to the new date instead of adding a second. Nothing for lost leads or when
 * the rule is off. Call `effects.remindersChanged()` afterwards when it returns a reminder.
 */
export async function onEmailSent(repo: Repository, leadId: string, at: number): Promise<Reminder | undefined> {
  const settings = await repo.getSettings();
  const rule = settings.cadences.noReply;
  if (!rule.enabled) return undefined;
  const lead = await repo.getLead(leadId);
  if (!lead || stageOf(settings, lead.stage)?.outcome === 'lost') return undefined;
  const dueAt = at + rule.days * DAY_MS;
  return repo.write(['reminders'], async (tx) => {
    const pending = (await leadReminders(tx, leadId)).filter((each) => isPending(each) && each.cause === 'no-reply');
    const [current, ...extra] = pending.sort((a, b) => b.dueAt - a.dueAt);
    for (const duplicate of extra) await close(tx, duplicate, at);
    if (current) {
      // An older email logged late must not pull the follow-up earlier than the newest one asks.
      if (current.dueAt >= dueAt) return current;
      const { notifiedAt: _notified, ...rest } = current;
      const moved: Reminder = { ...rest, status: 'open', dueAt, updatedAt: Math.max(at, current.updatedAt) };
      await tx.objectStore('reminders').put(moved);
      return moved;
    }
    const created = repo.buildReminder({ leadId, personId: lead.personId, dueAt, note: '', cause: 'no-reply' });
    await tx.objectStore('reminders').put(created);
    return created;
  });
}

/**
 * An email from the lead arrived at `at`: pending 'no-reply' follow-ups for emails sent before it
 * are closed. Returns the closed reminders; call `effects.remindersChanged()` when there are any.
 */
export async function onEmailReceived(repo: Repository, leadId: string, at: number): Promise<Reminder[]> {
  const days = (await repo.getSettings()).cadences.noReply.days;
  return repo.write(['reminders'], async (tx) => {
    const closed: Reminder[] = [];
    for (const reminder of await leadReminders(tx, leadId)) {
      if (!isPending(reminder) || reminder.cause !== 'no-reply') continue;
      // The follow-up is due `days` after its email; a reply older than that email answers nothing.
      const sentAt = reminder.dueAt - days * DAY_MS;
      if (at >= sentAt) closed.push(await close(tx, reminder, Math.max(at, reminder.updatedAt)));
    }
    return closed;
  });
}

// ---- keep in touch, going cold, stage reminders: checked per lead ----

/** When the lead was last touched (anything but bookkeeping) and last contacted (reminders aside). */
export function lastTimes(lead: Lead, activities: Activity[]): { touch: number; contact: number } {
  let touch = lead.createdAt;
  let contact = lead.createdAt;
  for (const activity of activities) {
    // A keep-in-touch reminder marked done is a touch (the rep checked in) but not a contact that
    // stops the customer from going cold: ticking reminders off for months is still silence.
    if (activity.kind !== 'field-change' && activity.kind !== 'merge') touch = Math.max(touch, activity.at);
    if (CONTACT_KINDS.has(activity.kind)) contact = Math.max(contact, activity.at);
  }
  return { touch, contact };
}

interface Wanted {
  keepInTouch: boolean;
  goingCold: boolean;
  /** The last touch and last contact (see lastTimes): a silence starts there. */
  touch: number;
  contact: number;
  /** Days after entering the current stage, when that stage has a reminder. */
  stageDays?: number;
}

/** Which cadence reminders the lead should have now, by the rules in settings. Pure. */
export function wantedCadences(lead: Lead, activities: Activity[], settings: Settings, now: number): Wanted {
  const { keepInTouch, goingCold, stageReminders } = settings.cadences;
  const customer = stageOf(settings, lead.stage)?.outcome === 'won';
  const { touch, contact } = lastTimes(lead, activities);
  const stageRule = stageReminders.find((rule) => rule.enabled && rule.stage === lead.stage);
  return {
    keepInTouch: customer && keepInTouch.enabled && now - touch >= keepInTouch.days * DAY_MS,
    goingCold: customer && goingCold.enabled && now - contact >= goingCold.days * DAY_MS,
    touch,
    contact,
    ...(stageRule ? { stageDays: stageRule.days } : {}),
  };
}

/**
 * Brings one lead's cadence reminders in line with the rules: creates what is missing, closes what
 * is no longer wanted. Safe to call after any change to the lead and from the daily check.
 */
export async function checkLeadCadences(repo: Repository, leadId: string, now: number, settings?: Settings): Promise<CadenceChanges> {
  const lead = await repo.getLead(leadId);
  if (!lead) return none();
  const rules = settings ?? (await repo.getSettings());
  const activities = await repo.listActivities({ leadId }, { limit: HISTORY_LIMIT });
  const wanted = wantedCadences(lead, activities, rules, now);
  const lost = stageOf(rules, lead.stage)?.outcome === 'lost';
  return repo.write(['reminders'], async (tx) => {
    const changes = none();
    const reminders = await leadReminders(tx, leadId);
    const pending = reminders.filter(isPending);
    // One reminder per silence: a reminder of this cause made since the silence began (even one the
    // rep marked done, declining to move a cold customer to Inactive) answers it until the next one.
    const ensure = async (cause: 'keep-in-touch' | 'going-cold', want: boolean, silenceFrom: number) => {
      const open = pending.filter((each) => each.cause === cause);
      const answered = reminders.some((each) => each.cause === cause && each.createdAt >= silenceFrom);
      if (want && open.length === 0 && !answered) {
        const created = repo.buildReminder({ leadId, personId: lead.personId, dueAt: now, note: '', cause });
        await tx.objectStore('reminders').put(created);
        changes.created.push(created);
      }
      // Keep the oldest when wanted (duplicates from an older version are closed), none otherwise.
      const keep = want ? open.sort((a, b) => a.createdAt - b.createdAt).slice(0, 1) : [];
      for (const each of open) if (!keep.includes(each)) changes.closed.push(await close(tx, each, now));
    };
    await ensure('keep-in-touch', wanted.keepInTouch, wanted.touch);
    await ensure('going-cold', wanted.goingCold, wanted.contact);

    // A stage reminder belongs to the stay that began at stageChangedAt: made before it means the
    // lead has moved since, so the reminder is stale; one made at or after it (even done) counts.
    for (const each of pending) {
      if (each.cause === 'stage' && each.createdAt < lead.stageChangedAt) changes.closed.push(await close(tx, each, now));
      else if (each.cause === 'no-reply' && lost) changes.closed.push(await close(tx, each, now));
    }
    if (wanted.stageDays !== undefined) {
      const made = reminders.some((each) => each.cause === 'stage' && each.createdAt >= lead.stageChangedAt);
      if (!made) {
        const dueAt = lead.stageChangedAt + wanted.stageDays * DAY_MS;
        const created = repo.buildReminder({ leadId, personId: lead.personId, dueAt, note: '', cause: 'stage' });
        await tx.objectStore('reminders').put(created);
        changes.created.push(created);
      }
    }
    return changes;
  });
}

/** Leads the daily check must look at: customers, leads in a stage with a reminder, leads with cadence reminders. */
async function leadsToCheck(repo: Repository, settings: Settings): Promise<string[]> {
  const ids = new Set<string>();
  const stages = new Set<string>([
    ...settings.stages.filter((stage) => stage.outcome === 'won').map((stage) => stage.id),
    ...settings.cadences.stageReminders.filter((rule) => rule.enabled).map((rule) => rule.stage),
  ]);
  for (const stage of stages) for (const id of await repo.db.getAllKeysFromIndex('leads', 'byStage', stage)) ids.add(id);
  const index = repo.db.transaction('reminders').store.index('byStatusDue');
  for (const status of ['open', 'snoozed'] as const) {
    for (const reminder of await index.getAll(IDBKeyRange.bound([status, 0], [status, Number.MAX_SAFE_INTEGER]))) {
      if (reminder.cause !== 'manual' && reminder.leadId) ids.add(reminder.leadId);
    }
  }
  return [...ids];
}

/** The daily check: every lead a cadence could concern, one at a time. Returns what changed. */
export async function runCadenceChecks(repo: Repository, now: number): Promise<CadenceChanges> {
  const settings = await repo.getSettings();
  const total = none();
  for (const leadId of await leadsToCheck(repo, settings)) {
    const changes = await checkLeadCadences(repo, leadId, now, settings);
    total.created.push(...changes.created);
    total.closed.push(...changes.closed);
  }
  return total;
}
