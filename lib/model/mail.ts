import { z } from 'zod';

/** The webmail providers LeadTrail reads. */
export const MailProviderSchema = z.enum(['gmail', 'outlook', 'yandex', 'mailru']);
export type MailProvider = z.infer<typeof MailProviderSchema>;

export const MailAddressSchema = z.object({
  name: z.string().max(300).optional(),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
});
export type MailAddress = z.infer<typeof MailAddressSchema>;

/**
 * One email as a webmail content script saw it: sent by the rep (a confirmed send) or received
 * from someone in a thread the rep opened. The body is the full text; the background keeps as much
 * of it as the settings allow.
 */
export const ObservedMailSchema = z.object({
  provider: MailProviderSchema,
  direction: z.enum(['sent', 'received']),
  /** The rep's account address when the page shows it, else ''. */
  mailbox: z.string().max(320),
  from: MailAddressSchema.optional(),
  to: z.array(MailAddressSchema).max(500),
  cc: z.array(MailAddressSchema).max(500),
  bcc: z.array(MailAddressSchema).max(500),
  subject: z.string().max(2000),
  body: z.string().max(200_000),
  /** Provider's message id when the page exposes one: the key that stops double logging. */
  messageId: z.string().max(500).optional(),
  threadId: z.string().max(500).optional(),
  /** When it was sent or received, ms since epoch. */
  at: z.number().int().nonnegative(),
});
export type ObservedMail = z.infer<typeof ObservedMailSchema>;

export const AdapterHealthSchema = z.object({
  provider: MailProviderSchema,
  status: z.enum(['working', 'degraded']),
  /** What the adapter could not find, in words for the dashboard (e.g. "send button not found"). */
  detail: z.string().max(500).optional(),
});
export type AdapterHealth = z.infer<typeof AdapterHealthSchema>;
