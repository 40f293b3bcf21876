/**
 * Keeps the toolbar badge and the reminder alarm in step with the database. No state lives in
 * memory: every call reads the database, so a restarted service worker is never out of date.
 */
import browser from 'webextension-polyfill';
import type { Repository } from '../db/repository';
import { endOfToday } from '../background/services';

export const REMINDER_ALARM = 'leadtrail-next-reminder';
/** Rings at the next local midnight so the badge's "due today" rolls over with the day. */
export const MIDNIGHT_ALARM = 'leadtrail-midnight';

export async function refreshBadge(repo: Repository, now: number): Promise<number> {
  const due = await repo.countDueReminders(endOfToday(now));
  await browser.action.setBadgeText({ text: due === 0 ? '' : due > 999 ? '999+' : String(due) });
  await browser.action.setBadgeBackgroundColor({ color: '#d97706' });
  return due;
}

/** Arms one alarm for the earliest pending reminder still in the future (and one for midnight). */
export async function armNextAlarm(repo: Repository, now: number): Promise<number | undefined> {
  const next = await repo.nextReminderAfter(now);
  if (next) await browser.alarms.create(REMINDER_ALARM, { when: next.dueAt });
  else await browser.alarms.clear(REMINDER_ALARM);
  await browser.alarms.create(MIDNIGHT_ALARM, { when: endOfToday(now) + 1 });
  return next?.dueAt;
}
