import { z } from 'zod';
import { IdSchema, MoneySchema, TimestampSchema } from './common';
import { MailAddressSchema, MailProviderSchema } from './mail';

export const ActivityOriginSchema = z.enum(['manual', 'page', 'gmail', 'outlook', 'yandex', 'mailru', 'import', 'system']);
export type ActivityOrigin = z.infer<typeof ActivityOriginSchema>;

export const EmailDetailsSchema = z.object({
  from: MailAddressSchema.optional(),
  to: z.array(MailAddressSchema).default([]),
  cc: z.array(MailAddressSchema).default([]),
  bcc: z.array(MailAddressSchema).default([]),
  subject: z.string().max(2000).default(''),
  snippet: z.string().max(200_000).default(''),
  provider: MailProviderSchema.optional(),
  mailbox: z.string().max(320).optional(),
  messageId: z.string().max(500).optional(),
  threadId: z.string().max(500).optional(),
});

const base = {
  id: IdSchema,
  leadId: IdSchema.optional(),
  personId: IdSchema.optional(),
  at: TimestampSchema,
  summary: z.string().max(2000).default(''),
  origin: ActivityOriginSchema.default('manual'),
};

const empty = z.object({}).default({});

const ActivityUnion = z
  .discriminatedUnion('kind', [
    z.object({ ...base, kind: z.literal('captured'), details: z.object({ url: z.string().max(4000).optional() }).default({}) }),
    z.object({ ...base, kind: z.literal('email-sent'), details: EmailDetailsSchema }),
    z.object({ ...base, kind: z.literal('email-received'), details: EmailDetailsSchema }),
    z.object({
      ...base,
      kind: z.literal('call'),
      details: z.object({ outcome: z.enum(['connected', 'no-answer', 'voicemail', 'busy', 'wrong-number']).optional(), durationMin: z.number().nonnegative().max(1440).optional() }).default({}),
    }),
    z.object({
      ...base,
      kind: z.literal('meeting'),
      details: z.object({ place: z.string().max(500).optional(), durationMin: z.number().nonnegative().max(1440).optional() }).default({}),
    }),
    z.object({ ...base, kind: z.literal('message'), details: z.object({ channel: z.string().max(60).optional() }).default({}) }),
    z.object({ ...base, kind: z.literal('note'), details: empty }),
    z.object({ ...base, kind: z.literal('stage-change'), details: z.object({ from: z.string().max(60).optional(), to: z.string().max(60) }) }),
    z.object({
      ...base,
      kind: z.literal('offer'),
      details: z.object({
        amount: MoneySchema.optional(),
        status: z.enum(['draft', 'sent', 'accepted', 'rejected']).default('sent'),
        documentUrl: z.string().max(4000).optional(),
      }),
    }),
    z.object({
      ...base,
      kind: z.literal('field-change'),
      details: z.object({ field: z.string().max(100), from: z.unknown().optional(), to: z.unknown().optional() }),
    }),
    z.object({ ...base, kind: z.literal('merge'), details: z.object({ mergedIds: z.array(IdSchema).default([]) }).default({ mergedIds: [] }) }),
    z.object({ ...base, kind: z.literal('reminder-done'), details: z.object({ reminderId: IdSchema.optional(), note: z.string().max(2000).optional() }).default({}) }),
  ]);

export const ActivitySchema = ActivityUnion.refine((activity) => activity.leadId !== undefined || activity.personId !== undefined, {
    message: 'an activity belongs to a lead or a person',
    path: ['leadId'],
  });
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityInput = z.input<typeof ActivitySchema>;
export type ActivityKind = Activity['kind'];
export const ACTIVITY_KINDS: ActivityKind[] = ActivityUnion.options.map((option) => option.shape.kind.value);
