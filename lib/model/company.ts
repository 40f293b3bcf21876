import { z } from 'zod';
import { EmailSchema, IdSchema, PhoneSchema, TagsSchema, TimestampSchema } from './common';

export const AddressSchema = z.object({
  street: z.string().max(500).optional(),
  city: z.string().max(200).optional(),
  region: z.string().max(200).optional(),
  postalCode: z.string().max(30).optional(),
  country: z.string().max(200).optional(),
});

export const CompanySchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'a company needs a name').max(300),
  /** Registrable domain (example.co.uk), lower-case: the key that reuses a company at capture. */
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,253}$)([\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}$/u, 'a domain looks like example.com')
    .optional(),
  website: z.url().max(2000).optional(),
  industry: z.string().max(200).optional(),
  segment: z.string().max(100).optional(),
  size: z.enum(['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+']).optional(),
  phones: z.array(PhoneSchema).max(50).default([]),
  emails: z.array(EmailSchema).max(50).default([]),
  address: AddressSchema.optional(),
  tags: TagsSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Company = z.infer<typeof CompanySchema>;
export type CompanyInput = z.input<typeof CompanySchema>;
