/**
 * Which reminders must notify now: pending, due, and never shown. Marking them notified happens in
 * the same read-write transaction that finds them, so two runs at once (an alarm ringing while the
 * worker starts) cannot both claim a reminder, and a reminder that came due while the browser was
 * closed notifies once on the next start, not once per missed alarm.
 */
import type { DueItem } from '../messaging/protocol';
import type { Repository } from '../db/repository';
import { PENDING_REMINDER_STATUSES, type Reminder } from '../model';

/** Finds pending reminders due at or before `now` that never notified, and marks them notified at `now`. */
export function claimNewlyDue(repo: Repository, now: number): Promise<Reminder[]> {
  return repo.write(['reminders'], async (tx) => {
    const index = tx.objectStore('reminders').index('byStatusDue');
    const claimed: Reminder[] = [];
    for (const status of PENDING_REMINDER_STATUSES) {
      // A snooze clears notifiedAt, so a snoozed reminder notifies again at its new time.
      for (let cursor = await index.openCursor(IDBKeyRange.bound([status, 0], [status, now])); cursor; cursor = await cursor.continue()) {
        if (cursor.value.notifiedAt !== undefined) continue;
        const marked: Reminder = { ...cursor.value, notifiedAt: now };
        await cursor.update(marked);
        claimed.push(marked);
      }
    }
    return claimed.sort((a, b) => a.dueAt - b.dueAt);
  });
}

/** Reminders with the lead, person and company a list or a notification shows beside them. */
export async function describeReminders(repo: Repository, reminders: Reminder[]): Promise<DueItem[]> {
  const items: DueItem[] = [];
  for (const reminder of reminders) {
    const lead = reminder.leadId ? await repo.getLead(reminder.leadId) : undefined;
    const person = await repo.getPerson(lead?.personId ?? reminder.personId ?? '');
    const companyId = lead?.companyId ?? person?.companyId;
    const company = companyId ? await repo.getCompany(companyId) : undefined;
    items.push({
      reminder,
      name: person?.fullName ?? '',
      ...(lead ? { leadId: lead.id, stage: lead.stage } : {}),
      ...(company ? { company: company.name } : {}),
    });
  }
  return items;
}
