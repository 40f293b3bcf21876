import { HandlerError, type Handlers } from '../../messaging/server';
import { describeReminders } from '../../reminders/due';
import { clearReminderNotification } from '../../reminders/notify';
import { endOfToday } from '../../reminders/day';
import type { Services } from '../services';

export function reminderHandlers(services: Services): Pick<Handlers, 'reminders.due' | 'reminders.create' | 'reminders.done' | 'reminders.snooze'> {
  return {
    async 'reminders.due'({ limit }) {
      const repo = await services.repo();
      return describeReminders(repo, await repo.listDueReminders(endOfToday(services.now()), limit));
    },

    async 'reminders.create'({ leadId, dueAt, note }) {
      const repo = await services.repo();
      const lead = await repo.getLead(leadId);
      if (!lead) throw new HandlerError('not-found', 'This lead no longer exists.');
      const reminder = await repo.createReminder({ leadId, personId: lead.personId, dueAt, note, cause: 'manual' });
      await services.effects.remindersChanged();
      return reminder;
    },

    async 'reminders.done'({ reminderId }) {
      const repo = await services.repo();
      const reminder = await repo.completeReminder(reminderId);
      // Done in the popup: its notification, if still on screen, would offer a stale Done button.
      await clearReminderNotification(reminderId);
      await services.effects.remindersChanged();
      if (reminder.leadId) await services.effects.leadChanged(reminder.leadId);
      return reminder;
    },

    async 'reminders.snooze'({ reminderId, until }) {
      if (until <= services.now()) throw new HandlerError('invalid-payload', 'Snooze until a time in the future.');
      const repo = await services.repo();
      const reminder = await repo.snoozeReminder(reminderId, until);
      await clearReminderNotification(reminderId);
      await services.effects.remindersChanged();
      return reminder;
    },
  };
}
