/**
 * Reminders in real Chromium: alarms ring at the time asked (2 s works for an unpacked extension),
 * notifications are really created, and the worker is really stopped (reload) or the browser
 * really closed between a reminder being set and coming due.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { backgroundWorker, expect, launchWithExtension, test } from './fixtures';

const PERSON_ID = 'person-1';
const LEAD_ID = 'lead-1';

interface Reply {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

async function send<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const)) as Reply;
  if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

/** A backup with one person and lead, and the given reminders for that lead. */
function backup(reminders: Array<{ id: string; dueAt: number; note?: string }>): string {
  const at = Date.now() - 86_400_000;
  return JSON.stringify({
    format: 'leadtrail-backup',
    version: 1,
    exportedAt: at,
    data: {
      people: [{ id: PERSON_ID, fullName: 'Anna Petrova', emails: ['anna@example.com'], createdAt: at, updatedAt: at }],
      companies: [],
      leads: [{ id: LEAD_ID, personId: PERSON_ID, title: 'CRM for 20 seats', stage: 'contacted', source: { kind: 'manual', capturedAt: at }, createdAt: at, updatedAt: at, stageChangedAt: at }],
      activities: [],
      reminders: reminders.map((reminder) => ({ leadId: LEAD_ID, personId: PERSON_ID, note: '', status: 'open', createdAt: at, updatedAt: at, ...reminder })),
      templates: [],
      settings: null,
      mailLog: [],
    },
  });
}

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/**
 * Evaluates in the worker, giving up after a second: right after a browser launch an evaluate can
 * hang on a worker handle that is still attaching, and expect.poll cannot time out a hung call.
 */
async function ask<T>(worker: Worker, fn: () => Promise<T>, fallback: T): Promise<T> {
  return Promise.race([worker.evaluate(fn).catch(() => fallback), new Promise<T>((resolve) => setTimeout(() => resolve(fallback), 1000))]);
}

async function notificationIds(worker: Worker): Promise<string[] | 'no answer'> {
  return ask<string[] | 'no answer'>(worker, async () => Object.keys(await chrome.notifications.getAll()), 'no answer');
}

async function badge(worker: Worker): Promise<string> {
  return ask(worker, () => chrome.action.getBadgeText({}), 'no answer');
}

interface StoredReminder {
  id: string;
  notifiedAt?: number;
  status: string;
}

async function storedReminders(page: Page): Promise<StoredReminder[]> {
  return (await send<{ data: { reminders: StoredReminder[] } }>(page, 'backup.export', {})).data.reminders;
}

/**
 * Stops the service worker as Chrome does when idle: its memory is gone, alarms and the database stay.
 * Not chrome.runtime.reload(): with --load-extension that leaves the extension blocked
 * (ERR_BLOCKED_BY_CLIENT) in this Chromium, so nothing could run after it.
 */
async function stopWorker(page: Page, worker: Worker): Promise<void> {
  // Memory the next worker must not see: proves a fresh start rather than the same worker.
  await worker.evaluate(() => Object.assign(globalThis, { leadtrailProbe: true }));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach().catch(() => undefined);
}

/** True when `worker` answers and is a fresh start (no probe left by the stopped one). */
async function isFresh(worker: Worker): Promise<boolean> {
  // A stopped worker's handle may never answer: no answer counts as not fresh.
  return ask(worker, async () => !('leadtrailProbe' in globalThis), false);
}

/** The extension's worker started again (by an alarm or a message) after a stop. */
async function currentWorker(context: BrowserContext): Promise<Worker> {
  let fresh: Worker | undefined;
  await expect
    .poll(async () => {
      for (const worker of context.serviceWorkers()) if (await isFresh(worker)) fresh = worker;
      return fresh !== undefined;
    }, { timeout: 15_000 })
    .toBe(true);
  return fresh as Worker;
}

test('a reminder due in two seconds fires a notification and is on the badge', async ({ context, serviceWorker, extensionId }) => {
  const page = await extensionPage(context, extensionId);
  await send(page, 'backup.restore', { text: backup([]) });
  const reminder = await send<{ id: string }>(page, 'reminders.create', { leadId: LEAD_ID, dueAt: Date.now() + 2000, note: 'Call back' });
  await expect.poll(() => badge(serviceWorker)).toBe('1');
  expect(await notificationIds(serviceWorker)).toEqual([]);

  await expect.poll(() => notificationIds(serviceWorker), { timeout: 10_000 }).toEqual([`leadtrail-reminder:${reminder.id}`]);
  const [stored] = await storedReminders(page);
  expect(stored?.notifiedAt).toBeGreaterThan(0);

  await send(page, 'reminders.done', { reminderId: reminder.id });
  await expect.poll(() => badge(serviceWorker)).toBe('');
  expect(await notificationIds(serviceWorker)).toEqual([]);
});

test('a reminder still fires after its service worker was stopped', async ({ context, serviceWorker, extensionId }) => {
  const page = await extensionPage(context, extensionId);
  await send(page, 'backup.restore', { text: backup([]) });
  const dueAt = Date.now() + 4000;
  const reminder = await send<{ id: string }>(page, 'reminders.create', { leadId: LEAD_ID, dueAt, note: '' });
  expect(await notificationIds(serviceWorker)).toEqual([]);

  await stopWorker(page, serviceWorker);
  // Nothing is running now; the alarm in Chrome starts a new worker, which finds the reminder in
  // the database.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now() + 1000)));
  const worker = await currentWorker(context);
  await expect.poll(() => notificationIds(worker), { timeout: 10_000 }).toEqual([`leadtrail-reminder:${reminder.id}`]);
  await expect.poll(() => badge(worker)).toBe('1');
});

/**
 * Restores reminders that come due a few seconds from now, then closes the browser until they are
 * due: what a closed laptop does to a reminder. Returns the due time.
 */
async function closeBrowserUntilDue(context: BrowserContext, extensionId: string, reminders: (dueAt: number) => Array<{ id: string; dueAt: number }>): Promise<number> {
  const dueAt = Date.now() + 4000;
  const page = await extensionPage(context, extensionId);
  await send(page, 'backup.restore', { text: backup(reminders(dueAt)) });
  await context.close();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now() + 500)));
  return dueAt;
}

test('a reminder that came due while the browser was closed fires once when it opens', async ({ context, extensionId, userDataDir }) => {
  const dueAt = await closeBrowserUntilDue(context, extensionId, (at) => [{ id: 'due-while-closed', dueAt: at }]);
  const reopened = await launchWithExtension(userDataDir);
  try {
    const worker = await backgroundWorker(reopened);
    await expect.poll(() => notificationIds(worker)).toEqual(['leadtrail-reminder:due-while-closed']);
    await expect.poll(() => badge(worker)).toBe('1');
    const page = await extensionPage(reopened, extensionId);
    const [first] = await storedReminders(page);
    expect(first?.notifiedAt).toBeGreaterThanOrEqual(dueAt);

    // Another start (the worker stopped, then woken by a message) must not notify it a second time.
    await worker.evaluate(() => chrome.notifications.clear('leadtrail-reminder:due-while-closed'));
    await stopWorker(page, worker);
    await storedReminders(page);
    const fresh = await currentWorker(reopened);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [second] = await storedReminders(page);
    expect(second?.notifiedAt).toBe(first?.notifiedAt);
    expect(await notificationIds(fresh)).toEqual([]);
    expect(await badge(fresh)).toBe('1');
  } finally {
    await reopened.close();
  }
});

test('many reminders that came due while the browser was closed become one summary notification', async ({ context, extensionId, userDataDir }) => {
  await closeBrowserUntilDue(context, extensionId, (at) => Array.from({ length: 25 }, (_, i) => ({ id: `batch-${i}`, dueAt: at + i })));
  const reopened = await launchWithExtension(userDataDir);
  try {
    const worker = await backgroundWorker(reopened);
    await expect.poll(() => notificationIds(worker)).toEqual(['leadtrail-reminders-due']);
    await expect.poll(() => badge(worker)).toBe('25');
    const stored = await storedReminders(await extensionPage(reopened, extensionId));
    expect(stored.filter((each) => each.notifiedAt !== undefined)).toHaveLength(25);
  } finally {
    await reopened.close();
  }
});
