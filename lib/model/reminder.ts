import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

export const ReminderSchema = z
  .object({
    id: IdSchema,
    leadId: IdSchema.optional(),
    personId: IdSchema.optional(),
    dueAt: TimestampSchema,
    note: z.string().max(2000).default(''),
    status: z.enum(['open', 'done', 'snoozed']),
    /** What made it: the rep, or a cadence rule (so a reply can close a no-reply reminder). */
    cause: z.enum(['manual', 'no-reply', 'keep-in-touch', 'stage', 'going-cold']).default('manual'),
    doneAt: TimestampSchema.optional(),
    /** When its notification was shown: a reminder notifies once, however long the browser was closed. */
    notifiedAt: TimestampSchema.optional(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .refine((reminder) => reminder.leadId !== undefined || reminder.personId !== undefined, {
    message: 'a reminder belongs to a lead or a person',
    path: ['leadId'],
  });
export type Reminder = z.infer<typeof ReminderSchema>;
export type ReminderInput = z.input<typeof ReminderSchema>;
/** Reminders that still need the rep: the statuses the due list and the badge count. */
export const PENDING_REMINDER_STATUSES = ['open', 'snoozed'] as const;
