import browser, { type Alarms, type Runtime } from 'webextension-polyfill';
import { dispatch } from '../messaging/server';
import { changed, checkLeadCadences } from '../pipeline/cadences';
import { runDailyChecks } from '../pipeline/daily';
import { handleNotificationButton, openFromNotification } from '../reminders/actions';
import { CADENCE_ALARM, MIDNIGHT_ALARM, REMINDER_ALARM, ensureCadenceAlarm } from '../reminders/schedule';
import { syncReminders } from '../reminders/sync';
import { rescoreLead } from '../scoring/rescore';
import { createContextMenu, listenToContextMenu } from './context-menu';
import { createHandlers } from './handlers';
import { createServices, type Effects, type Services } from './services';

function createEffects(services: Omit<Services, 'effects'>): Effects {
  // A change (Done, Snooze, a new reminder) answers the popup only after this runs, so it looks back
  // one day for reminders to notify; starts, alarms and the daily check look at everything (RECENT_MS).
  const remindersChanged = async (): Promise<void> => {
    await syncReminders(await services.repo(), services.now(), 'recent');
  };
  return {
    remindersChanged,
    async leadChanged(leadId) {
      const repo = await services.repo();
      const settings = await repo.getSettings();
      await rescoreLead(repo, leadId, services.now(), settings);
      // A stage change or a new activity may create or close cadence reminders for this lead.
      if (changed(await checkLeadCadences(repo, leadId, services.now(), settings))) await remindersChanged();
    },
  };
}

/** The daily check (lib/pipeline/daily.ts), then notifications, badge and alarms for what it made. */
async function daily(services: Services): Promise<void> {
  await runDailyChecks(await services.repo(), services.now());
  await syncAll(services);
}

/**
 * Every start of the worker and every alarm: notify anything due and never shown, however old (the
 * computer may have slept through it), then badge and alarms.
 */
async function syncAll(services: Pick<Services, 'repo' | 'now'>): Promise<void> {
  await syncReminders(await services.repo(), services.now(), 'full');
}

function report(what: string): (error: unknown) => void {
  return (error) => console.error(`LeadTrail: ${what}`, error);
}

/**
 * Wires the background: the message listener, the alarm and notification listeners (registered at
 * once, as MV3 requires, so an event that woke the worker is delivered), and the start-up sync.
 */
export function startBackground(): void {
  const services = createServices(createEffects);
  const handlers = createHandlers(services);
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, sender, browser.runtime.id, extensionOrigin),
  );
  browser.alarms.onAlarm.addListener((alarm: Alarms.Alarm) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === MIDNIGHT_ALARM) void syncAll(services).catch(report('could not fire reminders'));
    else if (alarm.name === CADENCE_ALARM) void daily(services).catch(report('the daily check failed'));
  });
  browser.notifications.onClicked.addListener((id: string) => {
    void openFromNotification(services, id).catch(report('could not open the lead'));
  });
  browser.notifications.onButtonClicked.addListener((id: string, button: number) => {
    void handleNotificationButton(services, id, button).catch(report('could not act on the reminder'));
  });
  // Chrome stops the worker on reload or update and starts the new one only for an event it has a
  // listener for; this listener is what brings it back at once, so the start-up sync below re-arms
  // the alarms (a reload drops them) instead of waiting for the rep to open the popup.
  // It also (re)creates the context menu, which the browser keeps across restarts.
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenu().catch(report('could not create the context menu'));
  });
  listenToContextMenu();
  // A browser launch is a start: the daily check runs then too (alarms missed while closed ring once).
  browser.runtime.onStartup.addListener(() => {
    void daily(services).catch(report('the daily check failed'));
  });
  // Every start (browser launch, worker wake-up, update) re-derives notifications, badge and alarms
  // from the database; reminders that came due while the browser was closed notify now, once.
  void syncAll(services).catch(report('could not arm reminders'));
  // The daily check runs on the first start after install, reload or update (the alarm is gone
  // then) and every day after; not on every wake-up, which would repeat it all day long.
  void ensureCadenceAlarm(services.now())
    .then((due) => (due ? daily(services) : undefined))
    .catch(report('the daily check failed'));
}
