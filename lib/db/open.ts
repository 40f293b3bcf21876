import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, UPGRADES, type LeadTrailDB } from './schema';

export const DB_NAME = 'leadtrail';

/**
 * Opens (and upgrades) the database. `version` exists for the migration tests, which build a
 * database as an older release left it; the extension always opens the latest.
 */
export function openLeadTrailDb(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<LeadTrailDB>> {
  return openDB<LeadTrailDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      // Steps run in order inside the one versionchange transaction; they only await IndexedDB
      // requests, so the transaction stays alive. A failing step aborts it and nothing changes.
      void (async () => {
        for (let step = oldVersion; step < target; step++) await UPGRADES[step]?.(db, tx);
      })().catch((error: unknown) => {
        console.error('LeadTrail: database upgrade failed, nothing was changed', error);
        tx.abort();
      });
    },
    blocking(_current, _blocked, event) {
      // A newer version (another extension page after an update) wants to upgrade: step aside.
      (event.target as IDBDatabase).close();
    },
  });
}
