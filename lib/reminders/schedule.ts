/**
 * Keeps the toolbar badge and the alarms in step with the database. No state lives in memory:
 * every call reads the database, so a restarted service worker is never out of date.
 */
import browser from 'webextension-polyfill';
import type { Repository } from '../db/repository';
import { endOfToday } from './day';
import { PENDING_REMINDER_STATUSES } from '../model';

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

/** The badge shows at most "999+", so counting may stop at this many. */
export const BADGE_CAP = 1000;

/**
 * Pending reminders due by `until`, counted up to `cap`. Chromium's IndexedDB counts a key range one
 * entry at a time (45,000 due reminders: hundreds of ms), and the badge cannot show more than 999
 * anyway. So a key cursor jumps `cap - 1` entries ahead (no records read): if it lands, there are at
 * least `cap`; if not, the range is small and an exact count is cheap.
 */
export async function countDueCapped(repo: Repository, until: number, cap = BADGE_CAP): Promise<number> {
  const index = repo.db.transaction('reminders').store.index('byStatusDue');
  let total = 0;
  for (const status of PENDING_REMINDER_STATUSES) {
    const range = IDBKeyRange.bound([status, 0], [status, until]);
    const first = await index.openKeyCursor(range);
    if (!first) continue;
    const capth = cap > 1 ? await first.advance(cap - 1) : first;
    total += capth ? cap : await index.count(range);
    if (total >= cap) return cap;
  }
  return total;
}

/** Sets the badge to the number due (overdue and today) and returns it, capped at BADGE_CAP. */
export async function refreshBadge(repo: Repository, now: number): Promise<number> {
  const due = await countDueCapped(repo, endOfToday(now));
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
