import browser from 'webextension-polyfill';
import { z } from 'zod';
import { findPersonByContacts, saveCapturedLead } from '../../db/save-captured';
import { currentLead } from '../../model/lead';
import { phoneFromText } from '../../model/phone-text';
import { t } from '../../i18n';
import { CapturedPersonSchema, type ScanResult } from '../../messaging/protocol';
import { HandlerError, type Handlers } from '../../messaging/server';
import type { Services } from '../services';

/** The built extractor, injected on demand (entrypoints/capture.ts). */
export const CAPTURE_SCRIPT = '/capture.js';

/**
 * What the injected extractor returns. It ran inside a web page, so it is untrusted input:
 * validated here like any message, and anything malformed is dropped rather than saved.
 */
const ScriptResultSchema = z.object({
  url: z.string().max(8000).nullable().optional(),
  page: z
    .object({
      url: z.string().max(8000),
      title: z.string().max(2000),
      referrer: z.string().max(8000),
      utm: z.object({ source: z.string(), medium: z.string(), campaign: z.string(), term: z.string(), content: z.string() }).partial(),
    })
    .partial()
    .optional(),
  people: z.array(z.unknown()).max(5000).default([]),
  organizations: z.array(z.unknown()).max(500).default([]),
  truncated: z.boolean().default(false),
});

const OrganizationResultSchema = z.object({
  name: z.string().max(300).nullable().default(null),
  domain: z.string().max(253).nullable().default(null),
  emails: z.array(z.string().max(320)).max(100).default([]),
  phones: z.array(z.string().max(40)).max(100).default([]),
  address: z.string().max(1000).nullable().default(null),
});

/** URLs where extensions may not run scripts: the browser's own pages, stores, viewers. */
export function injectionBlockedReason(url: string | undefined): string | null {
  if (!url) return t('captureBlockedUnknown');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return t('captureBlockedUnknown');
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return t('captureBlockedBrowserPage');
  if (/^(chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/.test(parsed.hostname)) {
    return t('captureBlockedStore');
  }
  if (/\.pdf$/i.test(parsed.pathname)) return t('captureBlockedPdf');
  return null;
}

export function captureHandlers(services: Services): Pick<Handlers, 'capture.scan' | 'capture.save'> {
  return {
    async 'capture.scan'({ tabId }) {
      let tab;
      try {
        tab = await browser.tabs.get(tabId);
      } catch {
        throw new HandlerError('not-found', t('captureTabGone'));
      }
      const blocked = injectionBlockedReason(tab.url);
      if (blocked) throw new HandlerError('cannot-inject', blocked);
      let results;
      try {
        results = await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
      } catch (error) {
        throw new HandlerError('cannot-inject', t('captureBlockedDenied', error instanceof Error ? error.message : String(error)));
      }
      const parsed = ScriptResultSchema.safeParse(results[0]?.result);
      if (!parsed.success) throw new HandlerError('cannot-inject', t('captureBlockedUnknown'));
      const scan = parsed.data;
      const people: ScanResult['people'] = [];
      for (const candidate of scan.people) {
        const person = CapturedPersonSchema.safeParse(candidate);
        if (!person.success) continue;
        people.push({ ...person.data, ...(await knownPerson(services, person.data)) });
      }
      const organizations = scan.organizations.flatMap((candidate) => {
        const organization = OrganizationResultSchema.safeParse(candidate);
        return organization.success ? [organization.data] : [];
      });
      return {
        tabId,
        page: {
          url: scan.page?.url ?? scan.url ?? tab.url ?? '',
          title: scan.page?.title ?? tab.title ?? '',
          referrer: scan.page?.referrer ?? '',
          utm: scan.page?.utm ?? {},
        },
        people,
        organizations,
        truncated: scan.truncated,
      };
    },

    async 'capture.save'({ person, organization, source, leadTitle }) {
      const repo = await services.repo();
      const title = leadTitle ?? t('leadDefaultTitle', organization?.name || organization?.domain || person.name);
      const saved = await saveCapturedLead(repo, {
        person: { ...person, jobTitle: person.jobTitle ?? null, location: person.location ?? null },
        ...(organization ? { organization } : {}),
        source,
        leadTitle: title,
      });
      await services.effects.leadChanged(saved.leadId);
      return saved;
    },
  };
}

/** Marks a found person who is already known, by email, then phone, then profile link. */
async function knownPerson(services: Services, draft: z.infer<typeof CapturedPersonSchema>): Promise<Pick<ScanResult['people'][number], 'known'>> {
  const repo = await services.repo();
  const phones = draft.phones.flatMap((phone) => phoneFromText(phone) ?? []);
  const person = await findPersonByContacts(repo.db.transaction('people').store, { emails: draft.emails, phones, profiles: draft.profiles });
  if (!person) return {};
  const lead = currentLead(await repo.listLeadsForPerson(person.id));
  return { known: { personId: person.id, ...(lead ? { leadId: lead.id } : {}) } };
}
