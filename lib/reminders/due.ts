/**
 * Which reminders must notify now: pending, due, and never shown. Marking them notified happens in
 * the same read-write transaction that finds them, so two runs at once (an alarm ringing while the
 * worker starts) cannot both claim a reminder, and a reminder that came due while the browser was
 * closed notifies once on the next start, not once per missed alarm.
 */
import type { DueItem } from '../messaging/protocol';
import type { Repository } from '../db/repository';
import { PENDING_REMINDER_STATUSES, type Reminder } from '../model';

/**
 * Finds pending reminders due in [since, now] that never notified, and marks them notified at `now`.
 * `since` bounds the scan: the due range holds every overdue reminder, notified or not, because
 * notifiedAt is not indexed, so a full scan costs time in proportion to the whole backlog.
 */
export function claimNewlyDue(repo: Repository, now: number, since = 0): Promise<Reminder[]> {
  return repo.write(['reminders'], async (tx) => {
    const store = tx.objectStore('reminders');
    const claimed: Reminder[] = [];
    for (const status of PENDING_REMINDER_STATUSES) {
      // One getAll rather than a cursor: a cursor costs a round trip per reminder.
      const due = await store.index('byStatusDue').getAll(IDBKeyRange.bound([status, since], [status, now]));
      // A snooze clears notifiedAt, so a snoozed reminder notifies again at its new time.
      for (const reminder of due) {
        if (reminder.notifiedAt !== undefined) continue;
        const marked: Reminder = { ...reminder, notifiedAt: now };
        claimed.push(marked);
      }
    }
    await Promise.all(claimed.map((reminder) => store.put(reminder)));
    return claimed.sort((a, b) => a.dueAt - b.dueAt);
  });
}

/**
 * Reminders with the lead, person and company a list or a notification shows beside them. One
 * read transaction, and each layer's reads issued together: 50 reminders cost three round trips,
 * not 150 transactions one after another (the popup's due list waits on this).
 */
export async function describeReminders(repo: Repository, reminders: Reminder[]): Promise<DueItem[]> {
  const tx = repo.db.transaction(['leads', 'people', 'companies']);
  const leads = await Promise.all(reminders.map((reminder) => (reminder.leadId ? tx.objectStore('leads').get(reminder.leadId) : undefined)));
  const people = await Promise.all(
    reminders.map((reminder, index) => {
      const personId = leads[index]?.personId ?? reminder.personId;
      return personId ? tx.objectStore('people').get(personId) : undefined;
    }),
  );
  const companies = await Promise.all(
    reminders.map((_reminder, index) => {
      const companyId = leads[index]?.companyId ?? people[index]?.companyId;
      return companyId ? tx.objectStore('companies').get(companyId) : undefined;
    }),
  );
  return reminders.map((reminder, index) => {
    const lead = leads[index];
    const company = companies[index];
    return {
      reminder,
      name: people[index]?.fullName ?? '',
      ...(lead ? { leadId: lead.id, stage: lead.stage } : {}),
      ...(company ? { company: company.name } : {}),
    };
  });
}
