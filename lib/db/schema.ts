/**
 * The IndexedDB schema and its upgrades. Upgrades are append-only: a new version adds a step at the
 * end of UPGRADES and never edits an earlier one, so a database of any age reaches the current shape.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Activity, Company, Lead, Person, Reminder, Settings, Template } from '../model';
import { personKeys, type PersonKeys } from './keys';

export type PersonRecord = Person & PersonKeys;

export interface MailLogEntry {
  /** `${provider}:${messageId}` */
  key: string;
  at: number;
  activityIds: string[];
}

export interface LeadTrailDB extends DBSchema {
  people: {
    key: string;
    value: PersonRecord;
    indexes: { byEmail: string; byPhone: string; byProfile: string; byCompany: string; bySearchToken: string };
  };
  companies: { key: string; value: Company; indexes: { byDomain: string } };
  leads: {
    key: string;
    value: Lead;
    indexes: {
      byPerson: string;
      byCompany: string;
      byStage: string;
      byOwner: string;
      bySegment: string;
      byNextFollowUp: number;
      byUpdatedAt: number;
    };
  };
  activities: { key: string; value: Activity; indexes: { byLeadAt: [string, number]; byPersonAt: [string, number] } };
  reminders: { key: string; value: Reminder; indexes: { byStatusDue: [string, number]; byLead: string } };
  templates: { key: string; value: Template };
  settings: { key: string; value: Settings };
  mailLog: { key: string; value: MailLogEntry };
}

export type StoreName = StoreNames<LeadTrailDB>;
export type UpgradeTransaction = IDBPTransaction<LeadTrailDB, StoreName[], 'versionchange'>;

type UpgradeStep = (db: IDBPDatabase<LeadTrailDB>, tx: UpgradeTransaction) => Promise<void> | void;

/** UPGRADES[n] takes a database from version n to version n + 1. Append only. */
export const UPGRADES: UpgradeStep[] = [
  // 0 → 1: people, companies, leads, activities, reminders.
  (db) => {
    const people = db.createObjectStore('people', { keyPath: 'id' });
    people.createIndex('byEmail', 'emails', { multiEntry: true });
    people.createIndex('byPhone', 'phoneKeys', { multiEntry: true });
    people.createIndex('byProfile', 'profileKeys', { multiEntry: true });
    people.createIndex('byCompany', 'companyId');
    const companies = db.createObjectStore('companies', { keyPath: 'id' });
    companies.createIndex('byDomain', 'domain');
    const leads = db.createObjectStore('leads', { keyPath: 'id' });
    leads.createIndex('byPerson', 'personId');
    leads.createIndex('byCompany', 'companyId');
    leads.createIndex('byStage', 'stage');
    leads.createIndex('byOwner', 'owner');
    leads.createIndex('bySegment', 'segment');
    leads.createIndex('byNextFollowUp', 'nextFollowUpAt');
    leads.createIndex('byUpdatedAt', 'updatedAt');
    const activities = db.createObjectStore('activities', { keyPath: 'id' });
    activities.createIndex('byLeadAt', ['leadId', 'at']);
    activities.createIndex('byPersonAt', ['personId', 'at']);
    const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
    reminders.createIndex('byStatusDue', ['status', 'dueAt']);
    reminders.createIndex('byLead', 'leadId');
  },
  // 1 → 2: templates, settings, the sent-mail log (no email logged twice), and search-as-you-type
  // over people, back-filled for the people already stored.
  async (db, tx) => {
    db.createObjectStore('templates', { keyPath: 'id' });
    db.createObjectStore('settings');
    db.createObjectStore('mailLog', { keyPath: 'key' });
    const people = tx.objectStore('people');
    people.createIndex('bySearchToken', 'searchTokens', { multiEntry: true });
    const companies = tx.objectStore('companies');
    for (let cursor = await people.openCursor(); cursor; cursor = await cursor.continue()) {
      const person = cursor.value;
      const company = person.companyId ? await companies.get(person.companyId) : undefined;
      await cursor.update({ ...person, ...personKeys(person, company) });
    }
  },
];

export const DB_VERSION = UPGRADES.length;
