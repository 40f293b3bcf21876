import type { DueItem } from '../../messaging/protocol';
import { HandlerError, type Handlers } from '../../messaging/server';
import { endOfToday, type Services } from '../services';

export function reminderHandlers(services: Services): Pick<Handlers, 'reminders.due' | 'reminders.create' | 'reminders.done' | 'reminders.snooze'> {
  return {
    async 'reminders.due'({ limit }) {
      const repo = await services.repo();
      const reminders = await repo.listDueReminders(endOfToday(services.now()), limit);
      const items: DueItem[] = [];
      for (const reminder of reminders) {
        const lead = reminder.leadId ? await repo.getLead(reminder.leadId) : undefined;
        const person = await repo.getPerson(lead?.personId ?? reminder.personId ?? '');
        const company = lead?.companyId ? await repo.getCompany(lead.companyId) : undefined;
        items.push({
          reminder,
          name: person?.fullName ?? '',
          ...(lead ? { leadId: lead.id, stage: lead.stage } : {}),
          ...(company ? { company: company.name } : {}),
        });
      }
      return items;
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
      await services.effects.remindersChanged();
      if (reminder.leadId) await services.effects.leadChanged(reminder.leadId);
      return reminder;
    },

    async 'reminders.snooze'({ reminderId, until }) {
      if (until <= services.now()) throw new HandlerError('invalid-payload', 'Snooze until a time in the future.');
      const repo = await services.repo();
      const reminder = await repo.snoozeReminder(reminderId, until);
      await services.effects.remindersChanged();
      return reminder;
    },
  };
}
