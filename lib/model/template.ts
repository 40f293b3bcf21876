import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';

export const TemplateSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(200),
  subject: z.string().max(2000).default(''),
  /** Text with {{firstName}}-style fields filled from the lead. */
  body: z.string().max(100_000),
  language: z.enum(['en', 'ru']).optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Template = z.infer<typeof TemplateSchema>;
