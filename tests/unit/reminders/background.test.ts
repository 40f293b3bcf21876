/**
 * The background as Chrome runs it: started, stopped and started again, with the clock moved by
 * fake timers. Only memory is lost between starts; the database (fake-indexeddb) and alarms stay.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../lib/background/start';
import { openLeadTrailDb } from '../../../lib/db/open';
import { Repository } from '../../../lib/db/repository';
import type { MessageType, Reply, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { BUTTON_DONE, BUTTON_SNOOZE, SNOOZE_MS, SUMMARY_NOTIFICATION, reminderNotificationId } from '../../../lib/reminders/notify';
import { CADENCE_ALARM, REMINDER_ALARM } from '../../../lib/reminders/schedule';
import { alarmAt, eventually, seedLead, shownNotifications } from './helpers';

const START = new Date(2026, 10, 25, 9, 0).getTime();

async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ type, payload }, sender)) as unknown as Reply<T>[];
  const reply = replies[0];
  if (!reply?.ok) throw new Error(JSON.stringify(reply));
  return reply.data;
}

/** Chrome stopping the worker: every listener (memory) is gone; alarms and the database remain. */
function stopWorker(): void {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onStartup.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.notifications.onClicked.removeAllListeners();
  fakeBrowser.notifications.onButtonClicked.removeAllListeners();
}

async function ringAlarm(name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now() });
}

let repo: Repository;

beforeEach(async () => {
  // fakeBrowser has no contextMenus; the background registers one (the capture's Save as lead).
  Object.assign(fakeBrowser.contextMenus, {
    create: vi.fn(),
    removeAll: vi.fn(async () => undefined),
    onClicked: { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn(() => false) },
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  globalThis.indexedDB = new IDBFactory();
  // A repository over the same database as the background's, for seeding and checking.
  repo = new Repository(await openLeadTrailDb(), () => Date.now());
});
afterEach(() => vi.useRealTimers());

describe('the background and reminders', () => {
  it('fires a reminder created through the protocol when its alarm rings; Snooze and Done work from the notification', async () => {
    const { lead } = await seedLead(repo);
    startBackground();
    const reminder = await send('reminders.create', { leadId: lead.id, dueAt: START + 2000, note: 'Перезвонить' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await alarmAt(REMINDER_ALARM)).toBe(START + 2000);
    expect(await shownNotifications()).toEqual({});

    vi.advanceTimersByTime(2100);
    await ringAlarm(REMINDER_ALARM);
    const id = reminderNotificationId(reminder.id);
    await eventually(async () => expect(Object.keys(await shownNotifications())).toEqual([id]));

    await fakeBrowser.notifications.onButtonClicked.trigger(id, BUTTON_SNOOZE);
    await eventually(async () => expect((await repo.getReminder(reminder.id))?.status).toBe('snoozed'));
    expect((await repo.getReminder(reminder.id))?.dueAt).toBe(Date.now() + SNOOZE_MS);
    await eventually(async () => expect(await alarmAt(REMINDER_ALARM)).toBe(Date.now() + SNOOZE_MS));
    expect(await shownNotifications()).toEqual({});

    vi.advanceTimersByTime(SNOOZE_MS + 1000);
    await ringAlarm(REMINDER_ALARM);
    await eventually(async () => expect(Object.keys(await shownNotifications())).toEqual([id]));
    await fakeBrowser.notifications.onButtonClicked.trigger(id, BUTTON_DONE);
    await eventually(async () => expect((await repo.getReminder(reminder.id))?.status).toBe('done'));
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    const history = await repo.listActivities({ leadId: lead.id });
    expect(history.map((activity) => activity.kind)).toContain('reminder-done');
  });

  it('opens the lead in a tab when the notification is clicked', async () => {
    const { lead } = await seedLead(repo);
    const reminder = await repo.createReminder({ leadId: lead.id, dueAt: START - 1000, note: '' });
    startBackground();
    const id = reminderNotificationId(reminder.id);
    await eventually(async () => expect(Object.keys(await shownNotifications())).toEqual([id]));
    await fakeBrowser.notifications.onClicked.trigger(id);
    await eventually(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL(`/popup.html?lead=${lead.id}`));
    });
    expect(await shownNotifications()).toEqual({});
  });

  it('opens the due list when the summary of many reminders is clicked', async () => {
    const { lead } = await seedLead(repo);
    for (let i = 0; i < 5; i++) await repo.createReminder({ leadId: lead.id, dueAt: START - i * 60_000, note: '' });
    startBackground();
    await eventually(async () => expect(Object.keys(await shownNotifications())).toEqual([SUMMARY_NOTIFICATION]));
    await fakeBrowser.notifications.onClicked.trigger(SUMMARY_NOTIFICATION);
    await eventually(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/popup.html')));
    // Buttons on the summary act on nothing: it names no single reminder.
    await fakeBrowser.notifications.onButtonClicked.trigger(SUMMARY_NOTIFICATION, BUTTON_DONE);
    expect((await repo.db.getAll('reminders')).every((each) => each.status === 'open')).toBe(true);
  });

  it('fires a reminder that came due while the worker was stopped once, at the next start', async () => {
    const { lead } = await seedLead(repo);
    startBackground();
    const reminder = await send('reminders.create', { leadId: lead.id, dueAt: START + 60_000, note: '' });
    stopWorker();
    await fakeBrowser.alarms.clearAll();
    vi.advanceTimersByTime(3_600_000);

    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    startBackground();
    await eventually(async () => expect((await repo.getReminder(reminder.id))?.notifiedAt).toBe(Date.now()));
    await eventually(() => expect(create).toHaveBeenCalledTimes(1));
    const notifiedAt = (await repo.getReminder(reminder.id))?.notifiedAt;

    // Started again (and again): the reminder has notified; it does not notify a second time.
    for (let restart = 0; restart < 2; restart++) {
      stopWorker();
      vi.advanceTimersByTime(60_000);
      startBackground();
      await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    }
    await ringAlarm(REMINDER_ALARM);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(create).toHaveBeenCalledTimes(1);
    expect((await repo.getReminder(reminder.id))?.notifiedAt).toBe(notifiedAt);
  });

  it('arms the daily cadence alarm on first start and runs the checks, not on every wake-up', async () => {
    const { lead } = await seedLead(repo, { stage: 'customer' });
    vi.advanceTimersByTime(8 * 86_400_000);
    startBackground();
    await eventually(async () => expect(await alarmAt(CADENCE_ALARM)).toBe(Date.now() + 86_400_000));
    await eventually(async () => expect((await repo.db.getAllFromIndex('reminders', 'byLead', lead.id)).map((each) => each.cause)).toEqual(['keep-in-touch']));
    const daily = await fakeBrowser.alarms.get(CADENCE_ALARM);
    expect(daily?.periodInMinutes).toBe(24 * 60);
    stopWorker();
    startBackground();
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    expect((await fakeBrowser.alarms.get(CADENCE_ALARM))?.scheduledTime).toBe(daily?.scheduledTime);
  });

  it('rescores a lead and applies stage reminders when the lead changes', async () => {
    const { lead } = await seedLead(repo);
    startBackground();
    await send('leads.changeStage', { leadId: lead.id, stage: 'qualified' });
    const stored = await repo.getLead(lead.id);
    expect(stored?.score?.breakdown.map((part) => part.rule)).toEqual(['has-email', 'has-phone', 'has-job-title', 'has-company']);
    expect(stored?.updatedAt).toBe(START);
    const reminders = await repo.db.getAllFromIndex('reminders', 'byLead', lead.id);
    expect(reminders.map((each) => [each.cause, each.dueAt])).toEqual([['stage', START + 3 * 86_400_000]]);
    await eventually(async () => expect(await alarmAt(REMINDER_ALARM)).toBe(START + 3 * 86_400_000));
  });
});
