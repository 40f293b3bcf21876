import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notifications } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { claimNewlyDue } from '../../../lib/reminders/due';
import { SUMMARY_NOTIFICATION, reminderNotificationId } from '../../../lib/reminders/notify';
import { MIDNIGHT_ALARM, REMINDER_ALARM, badgeText, countDueCapped, refreshBadge } from '../../../lib/reminders/schedule';
import { syncReminders } from '../../../lib/reminders/sync';
import { freshRepository } from '../helpers/db';
import { alarmAt, seedLead, shownNotifications } from './helpers';

const MINUTE = 60_000;
// 09:00 local time on a weekday, so "later today" and "tomorrow" are unambiguous.
const START = new Date(2026, 10, 25, 9, 0).getTime();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('claimNewlyDue', () => {
  it('claims each due, never-notified pending reminder exactly once', async () => {
    const { repo, clock } = await freshRepository(START);
    const { lead } = await seedLead(repo);
    const base = { leadId: lead.id, personId: lead.personId };
    const overdue = await repo.createReminder({ ...base, dueAt: START - 60 * MINUTE, note: 'вчерашнее' });
    const justDue = await repo.createReminder({ ...base, dueAt: START, note: 'сейчас' });
    await repo.createReminder({ ...base, dueAt: START + MINUTE, note: 'позже' });
    const done = await repo.createReminder({ ...base, dueAt: START - MINUTE, note: 'сделано' });
    await repo.completeReminder(done.id);

    const claimed = await claimNewlyDue(repo, clock.now);
    expect(claimed.map((each) => each.id)).toEqual([overdue.id, justDue.id]);
    expect((await repo.getReminder(overdue.id))?.notifiedAt).toBe(START);
    expect(await claimNewlyDue(repo, clock.now)).toEqual([]);
  });

  it('claims a snoozed reminder again at its new time', async () => {
    const { repo, clock } = await freshRepository(START);
    const { lead } = await seedLead(repo);
    const reminder = await repo.createReminder({ leadId: lead.id, dueAt: START, note: '' });
    expect(await claimNewlyDue(repo, clock.now)).toHaveLength(1);
    await repo.snoozeReminder(reminder.id, START + 60 * MINUTE);
    expect(await claimNewlyDue(repo, clock.now)).toEqual([]);
    clock.now = START + 61 * MINUTE;
    expect((await claimNewlyDue(repo, clock.now)).map((each) => each.id)).toEqual([reminder.id]);
  });
});

describe('syncReminders', () => {
  it('notifies a due reminder with name, company, note and Done/Snooze, sets the badge and arms the next alarm', async () => {
    const { repo } = await freshRepository(START);
    const { lead, person } = await seedLead(repo);
    const due = await repo.createReminder({ leadId: lead.id, dueAt: START - MINUTE, note: 'Отправить КП' });
    const later = await repo.createReminder({ leadId: lead.id, dueAt: START + 30 * MINUTE, note: 'позвонить' });
    await repo.createReminder({ leadId: lead.id, dueAt: START + 2 * 86_400_000, note: 'послезавтра' });

    const result = await syncReminders(repo, START);

    expect(result.notified).toEqual([reminderNotificationId(due.id)]);
    const shown = await shownNotifications();
    expect(Object.keys(shown)).toEqual([reminderNotificationId(due.id)]);
    expect(shown[reminderNotificationId(due.id)]).toMatchObject({
      title: `${person.fullName} · Ромашка`,
      message: 'Отправить КП',
      buttons: [{ title: 'Done' }, { title: 'Snooze 1 h' }],
    });
    // Overdue plus later today: two; the one the day after tomorrow is not due yet.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await alarmAt(REMINDER_ALARM)).toBe(later.dueAt);
    expect(await alarmAt(MIDNIGHT_ALARM)).toBe(new Date(2026, 10, 26, 0, 0).getTime());
  });

  it('fires the next reminder when its alarm time comes, and only once', async () => {
    const { repo } = await freshRepository(START);
    const { lead } = await seedLead(repo);
    const soon = await repo.createReminder({ leadId: lead.id, dueAt: START + 2000, note: 'скоро' });
    expect((await syncReminders(repo, START)).notified).toEqual([]);
    expect(await alarmAt(REMINDER_ALARM)).toBe(soon.dueAt);

    vi.advanceTimersByTime(2500);
    expect((await syncReminders(repo, Date.now())).notified).toEqual([reminderNotificationId(soon.id)]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    expect((await syncReminders(repo, Date.now())).notified).toEqual([]);
  });

  it('turns a batch that came due while the browser was closed into one summary', async () => {
    const { repo } = await freshRepository(START);
    const { lead } = await seedLead(repo);
    for (let i = 0; i < 12; i++) await repo.createReminder({ leadId: lead.id, dueAt: START - (i + 1) * 86_400_000, note: `#${i}` });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');

    const result = await syncReminders(repo, START);

    expect(result.notified).toEqual([SUMMARY_NOTIFICATION]);
    expect(create).toHaveBeenCalledTimes(1);
    const summary = (await shownNotifications())[SUMMARY_NOTIFICATION];
    expect(summary?.title).toBe('Follow-ups due: 12');
    expect(summary?.message).toMatch(/and 7 more$/);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12');
    expect(await claimNewlyDue(repo, START)).toEqual([]);
  });

  it('shows the notification without buttons where buttons are refused (Firefox)', async () => {
    const { repo } = await freshRepository(START);
    const { lead } = await seedLead(repo, { company: false });
    const reminder = await repo.createReminder({ leadId: lead.id, dueAt: START, note: '', cause: 'no-reply' });
    type Create = (id: string, options: Notifications.CreateNotificationOptions & { buttons?: unknown }) => Promise<string>;
    const original = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as unknown as Create;
    const firefoxCreate: Create = async (id, options) => {
      if (options.buttons) throw new Error('Type error for parameter options (Property "buttons" is unsupported by Firefox)');
      return original(id, options);
    };
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(firefoxCreate as unknown as typeof fakeBrowser.notifications.create);
    await syncReminders(repo, START);
    expect(create).toHaveBeenCalledTimes(2);
    const shown = (await shownNotifications())[reminderNotificationId(reminder.id)];
    expect(shown?.buttons).toBeUndefined();
    expect(shown?.message).toBe('No reply to your email yet. Follow up?');
  });

  it('looks back one day after a change, and at everything on a full sync (start, alarm, daily)', async () => {
    const { repo } = await freshRepository(START);
    const { lead } = await seedLead(repo);
    const old = await repo.createReminder({ leadId: lead.id, dueAt: START - 2 * 86_400_000, note: 'давно' });
    const recent = await repo.createReminder({ leadId: lead.id, dueAt: START - 60 * MINUTE, note: 'недавно' });
    expect((await syncReminders(repo, START, 'recent')).notified).toEqual([reminderNotificationId(recent.id)]);
    expect((await repo.getReminder(old.id))?.notifiedAt).toBeUndefined();
    // The badge counts it all the same: it is due.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect((await syncReminders(repo, START, 'full')).notified).toEqual([reminderNotificationId(old.id)]);
  });

  it('still updates badge and alarm when notifications fail', async () => {
    const { repo } = await freshRepository(START);
    const { lead } = await seedLead(repo);
    await repo.createReminder({ leadId: lead.id, dueAt: START, note: '' });
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Unable to download all specified images.'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await syncReminders(repo, START)).due).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});

describe('badgeText', () => {
  it('is empty for none and capped for many', () => {
    expect([0, 1, 999, 1000].map(badgeText)).toEqual(['', '1', '999', '999+']);
  });
});

describe('countDueCapped', () => {
  it('counts due pending reminders of both statuses exactly below the cap and stops at it', async () => {
    const { repo } = await freshRepository(START);
    const { lead } = await seedLead(repo);
    await repo.write(['reminders'], async (tx) => {
      const store = tx.objectStore('reminders');
      const puts = [];
      for (let i = 0; i < 1200; i++) {
        const status = i % 3 === 0 ? 'snoozed' : i % 5 === 0 ? 'done' : 'open';
        puts.push(store.put({ ...repo.buildReminder({ id: `r${i}`, leadId: lead.id, dueAt: START - i * MINUTE, note: '' }), status }));
      }
      await Promise.all(puts);
    });
    const exact = await repo.countDueReminders(START);
    expect(exact).toBe(1200 - 160);
    expect(await countDueCapped(repo, START, 2000)).toBe(exact);
    expect(await countDueCapped(repo, START)).toBe(1000);
    expect(await countDueCapped(repo, START - 100 * MINUTE, 2000)).toBe(await repo.countDueReminders(START - 100 * MINUTE));
    expect(await refreshBadge(repo, START)).toBe(1000);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('999+');
  }, 20_000);
});
