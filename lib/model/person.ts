import { z } from 'zod';
import { DateOnlySchema, EmailSchema, IdSchema, LocationSchema, PhoneSchema, ProfileSchema, TagsSchema, TimestampSchema } from './common';

export const PersonSchema = z.object({
  id: IdSchema,
  fullName: z.string().trim().min(1, 'a person needs a name').max(300),
  givenName: z.string().max(100).optional(),
  familyName: z.string().max(100).optional(),
  /** Отчество: common in Russian names, kept apart so "Имя Отчество" can be used in letters. */
  patronymic: z.string().max(100).optional(),
  jobTitle: z.string().max(300).optional(),
  emails: z.array(EmailSchema).max(50).default([]),
  phones: z.array(PhoneSchema).max(50).default([]),
  location: LocationSchema.optional(),
  profiles: z.array(ProfileSchema).max(50).default([]),
  birthday: DateOnlySchema.optional(),
  notes: z.string().max(100_000).default(''),
  tags: TagsSchema,
  companyId: IdSchema.optional(),
  isDecisionMaker: z.boolean().default(false),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;
