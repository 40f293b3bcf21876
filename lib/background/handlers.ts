import browser from 'webextension-polyfill';
import type { Handlers } from '../messaging/server';

export function createHandlers(): Partial<Handlers> {
  return {
    'app.status': async () => ({
      version: browser.runtime.getManifest().version,
      leads: 0,
      dueReminders: 0,
    }),
  };
}
