import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper shared with the scripts
import { findChromium, QUIET_FLAGS } from '../../scripts/chromium.mjs';
import { PopupPage } from './popup-page';

/** The test build: the shipped extension plus host access to 127.0.0.1 (see wxt.config.ts). */
export const EXTENSION_PATH = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export interface ExtensionFixtures {
  userDataDir: string;
  /** Chromium launch language, e.g. 'ru' for the Russian UI. */
  uiLanguage: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  popup: PopupPage;
}

export async function launchWithExtension(userDataDir: string, locale = 'en'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium() as string,
    headless: true,
    locale,
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      `--lang=${locale}`,
      ...(QUIET_FLAGS as string[]),
    ],
  });
}

export async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<ExtensionFixtures>({
  uiLanguage: ['en', { option: true }],
  // oxlint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'leadtrail-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir, uiLanguage }, use) => {
    const context = await launchWithExtension(userDataDir, uiLanguage);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await backgroundWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  popup: async ({ context, extensionId }, use) => {
    await use(new PopupPage(context, extensionId));
  },
});

export const expect = test.expect;
