import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { e2eTargets, type E2eTarget } from '../../lib/sites/e2e-targets';
import type { MailProvider } from '../../lib/model/mail';
import type { MailStatus } from '../../lib/messaging/protocol';
import { sampleBackup } from './helpers';
import type { PopupPage } from './popup-page';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ActivityRow {
  id: string;
  kind: string;
  leadId?: string;
  personId?: string;
  summary?: string;
  origin?: string;
  details?: Record<string, unknown>;
}

/** A lead to seed: the person's address must be one the fixture writes to (or receives from). */
export interface Prospect {
  leadId: string;
  personId: string;
  name: string;
  email: string;
}

export const SERGEY: Prospect = { leadId: 'l-sergey', personId: 'p-sergey', name: 'Сергей Иванов', email: 'sergey.ivanov@uralmash-group.ru' };
export const OLGA: Prospect = { leadId: 'l-olga', personId: 'p-olga', name: 'Ольга Смирнова', email: 'o.smirnova@uralmash-group.ru' };
export const PETER: Prospect = { leadId: 'l-peter', personId: 'p-peter', name: 'Peter Novak', email: 'peter.novak@northwind-traders.com' };
export const IGOR: Prospect = { leadId: 'l-igor', personId: 'p-igor', name: 'Игорь Кузнецов', email: 'i.kuznetsov@severstal-service.ru' };

/**
 * sampleBackup() with its one person and lead re-cut for each prospect: same shape (a valid backup
 * by construction), the lead at the first stage 'open' so a sent email moves it to 'contacted'.
 */
export function backupWith(prospects: readonly Prospect[]) {
  const base = sampleBackup();
  const [person] = base.data.people;
  const [lead] = base.data.leads;
  if (!person || !lead) throw new Error('sampleBackup changed shape: no person or lead to copy');
  return {
    ...base,
    data: {
      ...base.data,
      people: prospects.map((p) => {
        const [given = '', family = ''] = p.name.split(' ');
        return { ...person, id: p.personId, fullName: p.name, givenName: given, familyName: family, patronymic: undefined, emails: [p.email], phones: [], companyId: undefined };
      }),
      leads: prospects.map((p) => ({ ...lead, id: p.leadId, personId: p.personId, companyId: undefined, title: `Deal with ${p.name}` })),
      companies: [],
      // The captured activity belongs to the sample lead; the prospects start with an empty history.
      activities: [],
    },
  };
}

export async function seed(popup: PopupPage, prospects: readonly Prospect[]): Promise<void> {
  await popup.restore(backupWith(prospects));
}

export async function history(popup: PopupPage, leadId: string): Promise<ActivityRow[]> {
  return popup.send<ActivityRow[]>('activities.list', { leadId });
}

export async function mailOf(popup: PopupPage, leadId: string, kind: 'email-sent' | 'email-received'): Promise<ActivityRow[]> {
  return (await history(popup, leadId)).filter((activity) => activity.kind === kind);
}

export async function stageOf(popup: PopupPage, leadId: string): Promise<string> {
  return (await popup.send<{ lead: { stage: string } }>('leads.get', { leadId })).lead.stage;
}

/**
 * Answers every request to the provider's host: the document with the fixture, anything else
 * (images, beacons) with an empty 204, since no real network is reachable. `pages` maps a URL
 * prefix to a fixture so a main window and a pop-out can be served from one host.
 */
export async function serve(context: BrowserContext, target: E2eTarget, pages: Record<string, string>): Promise<void> {
  const origin = new URL(target.url).origin;
  // Requests carry no #fragment, so the prefixes must not either.
  const bodies = await Promise.all(
    Object.entries(pages).map(async ([url, fixture]) => [url.split('#')[0] ?? url, await readFile(path.join(ROOT, fixture), 'utf8')] as const),
  );
  // Longest prefix first, so a pop-out URL is not swallowed by the main window's shorter one.
  bodies.sort((a, b) => b[0].length - a[0].length);
  await context.route(`${origin}/**`, async (route) => {
    const request = route.request();
    const match = bodies.find(([prefix]) => request.url().startsWith(prefix));
    if (request.resourceType() === 'document' && match) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: match[1] });
      return;
    }
    await route.fulfill({ status: 204, body: '' });
  });
}

const PROBE = 'e2e: waiting for the content script';

/**
 * The content script is injected at document_idle, which may be after goto() resolves; a click
 * before its listeners exist would be missed. Its first scan always reports health, after its
 * listeners are on, so the test first records a marker status through the same message and waits
 * until the page's own report replaces it.
 */
export async function whenListening(popup: PopupPage, provider: MailProvider, load: () => Promise<unknown>): Promise<void> {
  await popup.send('mail.health', { provider, status: 'degraded', detail: PROBE });
  await load();
  await expect
    .poll(async () => (await popup.send<MailStatus>('mail.status', {})).health.find((entry) => entry.provider === provider)?.detail, { timeout: 10_000 })
    .not.toBe(PROBE);
}

/** Opens a fixture at the provider's real URL; the content script runs on its real match pattern. */
export async function openMail(popup: PopupPage, provider: MailProvider, fixture: string): Promise<Page> {
  const target = e2eTargets[provider];
  const context = popup.page.context();
  await serve(context, target, { [target.url]: fixture });
  const page = await context.newPage();
  await whenListening(popup, provider, () => page.goto(target.url));
  return page;
}

/** Plays the app's part after Send: the compose closes. */
export async function closeCompose(page: Page, target: E2eTarget): Promise<void> {
  await page.locator(target.compose).first().evaluate((el) => el.remove());
}

/** Click Send, then the app closes the compose. */
export async function clickSend(page: Page, target: E2eTarget): Promise<void> {
  await page.locator(target.send).first().click();
  await closeCompose(page, target);
}

/**
 * Click Send, the app shows its Undo offer, the rep clicks Undo and the offer goes away (so a send
 * the tracker failed to drop would be confirmed within the undo window rather than wait for it).
 */
export async function sendThenUndo(page: Page, target: E2eTarget): Promise<void> {
  await page.locator(target.send).first().click();
  await closeCompose(page, target);
  await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), target.undoMarkup);
  await page.locator(target.undoControl).first().click();
  await page.locator(target.undoControl).first().evaluate((el) => (el.closest('[role="alert"]') ?? el).remove());
}

/** Long enough for any send the tracker still holds to be confirmed and written. */
export function settleMs(target: E2eTarget): number {
  return target.undoMinMs + 1500;
}
