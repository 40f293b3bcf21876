/**
 * Keeps the toolbar badge and the alarms in step with the database. No state lives in memory:
 * every call reads the database, so a restarted service worker is never out of date.
 */
import browser from 'webextension-polyfill';
import type { Repository } from '../db/repository';
import { endOfToday } from '../background/services';

export const REMINDER_ALARM = 'leadtrail-next-reminder';
/** Rings at the next local midnight so the badge's "due today" rolls over with the day. */
export const MIDNIGHT_ALARM = 'leadtrail-midnight';
/** Rings once a day for the cadence checks (keep in touch, going cold, stage reminders). */
export const CADENCE_ALARM = 'leadtrail-cadences';
export const CADENCE_PERIOD_MINUTES = 24 * 60;

const BADGE_COLOR = '#d97706';

/** The badge text for a number of due reminders: nothing when none, capped so it fits. */
export function badgeText(due: number): string {
  if (due <= 0) return '';
  return due > 999 ? '999+' : String(due);
}

export async function refreshBadge(repo: Repository, now: number): Promise<number> {
  const due = await repo.countDueReminders(endOfToday(now));
  await browser.action.setBadgeText({ text: badgeText(due) });
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
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

/**
 * Makes sure the daily cadence alarm exists. Chrome keeps alarms across browser restarts but drops
 * them when the extension is reloaded or updated; a missing alarm is created to ring at once, so
 * the checks run on the first start and then every day, not on every service-worker wake-up.
 * Returns true when the alarm had to be created (the checks are due now).
 */
export async function ensureCadenceAlarm(now: number): Promise<boolean> {
  const existing = await browser.alarms.get(CADENCE_ALARM);
  if (existing) return false;
  await browser.alarms.create(CADENCE_ALARM, { when: now + CADENCE_PERIOD_MINUTES * 60_000, periodInMinutes: CADENCE_PERIOD_MINUTES });
  return true;
}
