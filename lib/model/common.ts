import { z } from 'zod';

export const IdSchema = z.string().min(1).max(100);
/** Milliseconds since the epoch. */
export const TimestampSchema = z.number().int().nonnegative();
/** A calendar date without a time zone: YYYY-MM-DD. */
export const DateOnlySchema = z.iso.date();
export const TagsSchema = z.array(z.string().trim().min(1).max(60)).max(100).default([]);

export const EmailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());

export const PhoneSchema = z.object({
  /** E.164, e.g. +74951234567. */
  e164: z.string().regex(/^\+[1-9]\d{6,14}$/, 'a phone number must be in E.164 form, e.g. +74951234567'),
  ext: z.string().regex(/^\d{1,8}$/).optional(),
  /** The text as it was written, kept for display and for the rep's trust. */
  raw: z.string().max(100),
  kind: z.enum(['work', 'mobile', 'home', 'fax', 'other']).optional(),
});
export type Phone = z.infer<typeof PhoneSchema>;

export const ProfileNetworkSchema = z.enum([
  'linkedin', 'vk', 'telegram', 'whatsapp', 'x', 'facebook', 'instagram', 'github', 'hhru', 'okru', 'website',
]);
export type ProfileNetwork = z.infer<typeof ProfileNetworkSchema>;
export const ProfileSchema = z.object({ network: ProfileNetworkSchema, url: z.url().max(2000) });
export type Profile = z.infer<typeof ProfileSchema>;

export const LocationSchema = z.object({
  city: z.string().max(200).optional(),
  region: z.string().max(200).optional(),
  country: z.string().max(200).optional(),
});

export const MoneySchema = z.object({
  amount: z.number().finite().nonnegative(),
  /** ISO 4217, e.g. RUB, USD. */
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof MoneySchema>;

export function newId(): string {
  return crypto.randomUUID();
}
