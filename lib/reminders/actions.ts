/**
 * What a click on a reminder notification does. Everything needed is in the notification id and
 * the database, so it works in a service worker that was started just to handle the click.
 */
import browser from 'webextension-polyfill';
import type { Services } from '../background/services';
import { BUTTON_DONE, BUTTON_SNOOZE, SNOOZE_MS, SUMMARY_NOTIFICATION, reminderIdOf } from './notify';

/** The popup page opened in a tab: on a lead's card, or on the due list when no lead is given. */
export function popupUrl(leadId?: string): string {
  return browser.runtime.getURL(leadId ? `/popup.html?lead=${encodeURIComponent(leadId)}` : '/popup.html');
}

/** A click on the body opens the lead (or the due list for the summary) and closes the notification. */
export async function openFromNotification(services: Services, notificationId: string): Promise<boolean> {
  const reminderId = reminderIdOf(notificationId);
  if (!reminderId && notificationId !== SUMMARY_NOTIFICATION) return false;
  const reminder = reminderId ? await (await services.repo()).getReminder(reminderId) : undefined;
  await browser.tabs.create({ url: popupUrl(reminder?.leadId) });
  await browser.notifications.clear(notificationId);
  return true;
}

/** Done or Snooze 1 h, pressed on a reminder's notification. */
export async function handleNotificationButton(services: Services, notificationId: string, buttonIndex: number): Promise<boolean> {
  const reminderId = reminderIdOf(notificationId);
  if (!reminderId) return false;
  const repo = await services.repo();
  const reminder = await repo.getReminder(reminderId);
  await browser.notifications.clear(notificationId);
  // The reminder may have been done or removed elsewhere since the notification appeared.
  if (!reminder || reminder.status === 'done') return false;
  if (buttonIndex === BUTTON_DONE) await repo.completeReminder(reminderId);
  else if (buttonIndex === BUTTON_SNOOZE) await repo.snoozeReminder(reminderId, services.now() + SNOOZE_MS);
  else return false;
  await services.effects.remindersChanged();
  if (reminder.leadId && buttonIndex === BUTTON_DONE) await services.effects.leadChanged(reminder.leadId);
  return true;
}
