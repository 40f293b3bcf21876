/**
 * What the background's handlers share: the repository over the one database, and the effects a
 * write has beyond the database (badge, alarms, scores). Nothing is kept in memory but the open
 * connection: a restarted service worker rebuilds everything from the database.
 */
import { openLeadTrailDb } from '../db/open';
import { Repository } from '../db/repository';

export interface Effects {
  /** Reminders were added, done, snoozed or came due: refresh the badge and re-arm the alarm. */
  remindersChanged(): Promise<void>;
  /** A lead, its person or its history changed: recompute what derives from it (the score). */
  leadChanged(leadId: string): Promise<void>;
}

export interface Services {
  repo(): Promise<Repository>;
  effects: Effects;
  now(): number;
}

export function createServices(effects: (services: Omit<Services, 'effects'>) => Effects, now: () => number = Date.now): Services {
  let opened: Promise<Repository> | undefined;
  const base = {
    now,
    repo(): Promise<Repository> {
      opened ??= openLeadTrailDb().then((db) => {
        // Another context upgraded or deleted the database: open it again on next use.
        db.addEventListener('close', () => (opened = undefined));
        return new Repository(db, now);
      });
      return opened;
    },
  };
  return { ...base, effects: effects(base) };
}
