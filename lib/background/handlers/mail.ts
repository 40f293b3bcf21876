import browser from 'webextension-polyfill';
import { logObservedMail } from '../../mail/log-mail';
import { onEmailReceived, onEmailSent } from '../../pipeline/cadences';
import type { AdapterHealth, MailAddress } from '../../model';
import type { MailStatus } from '../../messaging/protocol';
import type { Handlers } from '../../messaging/server';
import type { Services } from '../services';

/**
 * Adapter health and the recipients who are not leads yet are small, recent state: kept in
 * storage.local (written by the background only), not in the lead database.
 */
const HEALTH_KEY = 'mailHealth';
const UNMATCHED_KEY = 'mailUnmatched';
const UNMATCHED_LIMIT = 50;

type HealthMap = Partial<Record<AdapterHealth['provider'], AdapterHealth & { since: number }>>;

async function readLocal<T>(key: string, fallback: T): Promise<T> {
  const stored = await browser.storage.local.get(key);
  return (stored[key] as T | undefined) ?? fallback;
}

export function mailHandlers(services: Services): Pick<Handlers, 'mail.observed' | 'mail.health' | 'mail.status'> {
  return {
    async 'mail.observed'(mail) {
      const repo = await services.repo();
      const result = await logObservedMail(repo, mail);
      if (result.unmatched.length > 0 && mail.direction === 'sent') {
        const unmatched = await readLocal<MailStatus['unmatched']>(UNMATCHED_KEY, []);
        const fresh = result.unmatched.map((address: MailAddress) => ({ ...address, at: mail.at, subject: mail.subject }));
        const emails = new Set(fresh.map((address) => address.email));
        const next = [...fresh, ...unmatched.filter((address) => !emails.has(address.email))].slice(0, UNMATCHED_LIMIT);
        await browser.storage.local.set({ [UNMATCHED_KEY]: next });
      }
      // An email sent opens (or moves) the lead's no-reply follow-up; an email received closes it.
      let remindersChanged = false;
      for (const { leadId } of result.leads) {
        if (mail.direction === 'sent') remindersChanged = (await onEmailSent(repo, leadId, mail.at)) !== undefined || remindersChanged;
        else remindersChanged = (await onEmailReceived(repo, leadId, mail.at)).length > 0 || remindersChanged;
        await services.effects.leadChanged(leadId);
      }
      if (remindersChanged) await services.effects.remindersChanged();
      return { logged: result.logged, duplicate: result.duplicate, ignored: result.ignored, unmatched: result.unmatched };
    },

    async 'mail.health'(health) {
      const current = await readLocal<HealthMap>(HEALTH_KEY, {});
      const previous = current[health.provider];
      const since = previous && previous.status === health.status ? previous.since : services.now();
      await browser.storage.local.set({ [HEALTH_KEY]: { ...current, [health.provider]: { ...health, since } } });
      return { recorded: true as const };
    },

    async 'mail.status'() {
      const health = await readLocal<HealthMap>(HEALTH_KEY, {});
      const unmatched = await readLocal<MailStatus['unmatched']>(UNMATCHED_KEY, []);
      const repo = await services.repo();
      // Someone added since they were emailed is no longer offered.
      const stillUnknown = [];
      for (const address of unmatched) if (!(await repo.findPersonByEmail(address.email))) stillUnknown.push(address);
      return { health: Object.values(health).filter((entry) => entry !== undefined), unmatched: stillUnknown };
    },
  };
}
