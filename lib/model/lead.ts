import { z } from 'zod';
import { DateOnlySchema, IdSchema, MoneySchema, TagsSchema, TimestampSchema } from './common';

export const UtmSchema = z.object({
  source: z.string().max(300).optional(),
  medium: z.string().max(300).optional(),
  campaign: z.string().max(300).optional(),
  term: z.string().max(300).optional(),
  content: z.string().max(300).optional(),
});

export const LeadSourceSchema = z.object({
  kind: z.enum(['page', 'context-menu', 'manual', 'email', 'import']),
  url: z.string().max(4000).optional(),
  title: z.string().max(1000).optional(),
  referrer: z.string().max(4000).optional(),
  utm: UtmSchema.default({}),
  /** Where the lead came from in marketing terms: organic, referral, event, social, email, … */
  channel: z.string().max(100).optional(),
  capturedAt: TimestampSchema,
});
export type LeadSource = z.infer<typeof LeadSourceSchema>;

export const ScoreSchema = z.object({
  total: z.number().finite(),
  /** Which rule gave how many points, so the card can show why. */
  breakdown: z.array(z.object({ rule: z.string().max(100), points: z.number().finite(), detail: z.string().max(300).optional() })).max(100),
  computedAt: TimestampSchema,
});
export type Score = z.infer<typeof ScoreSchema>;

const Note = z.string().max(5000).optional();
export const BantSchema = z.object({
  budget: z.object({ amount: MoneySchema.optional(), note: Note }).optional(),
  authority: z.object({ level: z.enum(['decision-maker', 'influencer', 'user', 'unknown']).optional(), note: Note }).optional(),
  need: z.object({ statement: z.string().max(2000).optional(), note: Note }).optional(),
  timeline: z.object({ date: DateOnlySchema.optional(), note: Note }).optional(),
});
export type Bant = z.infer<typeof BantSchema>;

export const QualifiersSchema = z.object({
  dealSize: MoneySchema.optional(),
  custom: z.record(z.string().max(100), z.string().max(1000)).default({}),
});

export const StageEntrySchema = z.object({ stage: z.string().max(60), enteredAt: TimestampSchema });

export const LeadSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  companyId: IdSchema.optional(),
  /** The need, in the rep's words ("CRM for 20 seats"). */
  title: z.string().trim().min(1, 'a lead needs a title').max(300),
  product: z.string().max(300).optional(),
  /** A stage id from settings (open, contacted, …). */
  stage: z.string().min(1).max(60),
  score: ScoreSchema.optional(),
  bant: BantSchema.default({}),
  qualifiers: QualifiersSchema.default({ custom: {} }),
  segment: z.string().max(100).optional(),
  tags: TagsSchema,
  /** A teammate id from settings. */
  owner: z.string().max(100).optional(),
  source: LeadSourceSchema,
  regularity: z.enum(['one-off', 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular']).optional(),
  nextFollowUpAt: TimestampSchema.optional(),
  /** Every stage the lead entered, oldest first: time in stage and the path through the funnel. */
  stageHistory: z.array(StageEntrySchema).max(10_000).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  stageChangedAt: TimestampSchema,
  closedAt: TimestampSchema.optional(),
});
export type Lead = z.infer<typeof LeadSchema>;
export type LeadInput = z.input<typeof LeadSchema>;

/**
 * The lead that stands for a person now (an email, a capture mark, a lookup go to it): the most
 * recently touched open lead, else the most recently touched closed one.
 */
export function currentLead(leads: readonly Lead[]): Lead | undefined {
  const byRecent = [...leads].sort((a, b) => b.updatedAt - a.updatedAt);
  return byRecent.find((lead) => lead.closedAt === undefined) ?? byRecent[0];
}
