import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch } from '../messaging/server';
import { armNextAlarm, refreshBadge } from '../reminders/schedule';
import { createHandlers } from './handlers';
import { createServices, type Effects, type Services } from './services';

function createEffects(services: Omit<Services, 'effects'>): Effects {
  return {
    async remindersChanged() {
      const repo = await services.repo();
      await refreshBadge(repo, services.now());
      await armNextAlarm(repo, services.now());
    },
    async leadChanged() {
      // Scores are recomputed by the pipeline once scoring lands (see lib/scoring).
    },
  };
}

/** Wires the background: one message listener that answers every protocol message. */
export function startBackground(): void {
  const services = createServices(createEffects);
  const handlers = createHandlers(services);
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, sender, browser.runtime.id, extensionOrigin),
  );
  // Every start (browser launch, worker wake-up, update) re-derives badge and alarms from the database.
  void services.effects.remindersChanged().catch((error: unknown) => console.error('LeadTrail: could not arm reminders', error));
}
