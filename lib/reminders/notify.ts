/**
 * System notifications for due reminders. A notification's id names its reminder, so a click or a
 * button press needs nothing remembered in memory: the id leads back to the database.
 */
import browser, { type Notifications } from 'webextension-polyfill';
import { t, type MessageKey } from '../i18n';
import type { DueItem } from '../messaging/protocol';
import type { Reminder } from '../model';

const REMINDER_PREFIX = 'leadtrail-reminder:';
export const SUMMARY_NOTIFICATION = 'leadtrail-reminders-due';
/** More reminders than this coming due at once (after the browser was closed) become one summary. */
export const SUMMARY_THRESHOLD = 3;
/** How many names a summary lists before "…". */
const SUMMARY_NAMES = 5;
export const SNOOZE_MS = 60 * 60_000;
export const BUTTON_DONE = 0;
export const BUTTON_SNOOZE = 1;

/** Chrome's notification options; `buttons` is missing from the polyfill's types (Firefox has none). */
interface NotificationOptions extends Notifications.CreateNotificationOptions {
  buttons?: Array<{ title: string }>;
}

export function reminderNotificationId(reminderId: string): string {
  return `${REMINDER_PREFIX}${reminderId}`;
}

/** The reminder a notification id names, or undefined for the summary and foreign ids. */
export function reminderIdOf(notificationId: string): string | undefined {
  return notificationId.startsWith(REMINDER_PREFIX) ? notificationId.slice(REMINDER_PREFIX.length) : undefined;
}

const CAUSE_TEXT: Record<Reminder['cause'], MessageKey> = {
  manual: 'reminderCauseManual',
  'no-reply': 'reminderCauseNoReply',
  'keep-in-touch': 'reminderCauseKeepInTouch',
  stage: 'reminderCauseStage',
  'going-cold': 'reminderCauseGoingCold',
};

function iconUrl(): string {
  // Must exist in the build: Chrome refuses a notification whose image it cannot load.
  return browser.runtime.getURL('/icon/128.png');
}

/** One reminder's notification: who, at which company, and the note (or why a cadence made it). */
export function reminderNotification(item: DueItem): NotificationOptions {
  const who = item.name || t('reminderNoName');
  return {
    type: 'basic',
    iconUrl: iconUrl(),
    title: item.company ? `${who} · ${item.company}` : who,
    message: item.reminder.note || t(CAUSE_TEXT[item.reminder.cause]),
    contextMessage: t('reminderNotificationContext'),
    eventTime: item.reminder.dueAt,
    priority: 2,
    buttons: [{ title: t('reminderDone') }, { title: t('reminderSnoozeHour') }],
  };
}

/** One notification for many reminders that came due together. */
export function summaryNotification(items: DueItem[]): NotificationOptions {
  const names = items.slice(0, SUMMARY_NAMES).map((item) => item.name || t('reminderNoName'));
  const more = items.length > SUMMARY_NAMES ? ` ${t('reminderSummaryMore', items.length - SUMMARY_NAMES)}` : '';
  return {
    type: 'basic',
    iconUrl: iconUrl(),
    title: t('reminderSummaryTitle', items.length),
    message: `${names.join(', ')}${more}`,
    contextMessage: t('reminderNotificationContext'),
    priority: 2,
  };
}

async function create(id: string, options: NotificationOptions): Promise<void> {
  try {
    await browser.notifications.create(id, options);
  } catch (error) {
    // Firefox rejects `buttons`; show the notification without them rather than not at all.
    if (!options.buttons) throw error;
    const { buttons: _buttons, ...plain } = options;
    await browser.notifications.create(id, plain);
  }
}

/** Shows the reminders that just came due: one notification each, or one summary for a batch. */
export async function notifyDue(items: DueItem[]): Promise<string[]> {
  if (items.length === 0) return [];
  if (items.length > SUMMARY_THRESHOLD) {
    await create(SUMMARY_NOTIFICATION, summaryNotification(items));
    return [SUMMARY_NOTIFICATION];
  }
  const ids: string[] = [];
  for (const item of items) {
    const id = reminderNotificationId(item.reminder.id);
    await create(id, reminderNotification(item));
    ids.push(id);
  }
  return ids;
}

/** Takes a reminder's notification down once it is done or snoozed elsewhere (popup, dashboard). */
export async function clearReminderNotification(reminderId: string): Promise<void> {
  await browser.notifications.clear(reminderNotificationId(reminderId));
}
