/**
 * The one routine that brings reminders' side effects in line with the database: notify what just
 * came due, set the badge, arm the next alarm. It runs on every start of the service worker, when
 * an alarm rings and after every change to reminders, so nothing depends on memory surviving.
 */
import type { Repository } from '../db/repository';
import { claimNewlyDue, describeReminders } from './due';
import { notifyDue } from './notify';
import { armNextAlarm, refreshBadge } from './schedule';

export interface SyncResult {
  /** Notification ids created by this run. */
  notified: string[];
  /** The number on the badge. */
  due: number;
  /** When the reminder alarm rings next, if any reminder is pending in the future. */
  nextAt?: number;
}

/**
 * How far back a 'recent' sync looks for reminders that never notified. Reminders come due one by
 * one as alarms ring, so a day covers them; what is older and unnotified (a restored backup, a
 * reminder typed in with a date long past) is found by the full scan at every start of the worker
 * and in the daily check. Scanning the whole overdue backlog on every Done or Snooze would cost
 * time in proportion to it (45,000 overdue reminders: about a second).
 */
export const RECENT_MS = 86_400_000;

export type SyncScope = 'full' | 'recent';

export async function syncReminders(repo: Repository, now: number, scope: SyncScope = 'full'): Promise<SyncResult> {
  let notified: string[] = [];
  const claimed = await claimNewlyDue(repo, now, scope === 'full' ? 0 : now - RECENT_MS);
  try {
    notified = await notifyDue(await describeReminders(repo, claimed));
  } catch (error) {
    // A notification that cannot be shown must not stop the badge and the alarm from updating.
    console.error('LeadTrail: could not show reminder notifications', error);
  }
  const due = await refreshBadge(repo, now);
  const nextAt = await armNextAlarm(repo, now);
  return nextAt === undefined ? { notified, due } : { notified, due, nextAt };
}
