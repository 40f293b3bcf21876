import { z } from 'zod';

/** The four phases of lead management each stage belongs to. */
export const PhaseSchema = z.enum(['attract', 'nurture', 'first-sale', 'after-sales']);
export type Phase = z.infer<typeof PhaseSchema>;

export const StageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  /** A name the rep typed; when absent the stage shows its translated default name. */
  name: z.string().trim().min(1).max(60).optional(),
  phase: PhaseSchema,
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** Won and lost stages close a lead. */
  outcome: z.enum(['won', 'lost']).optional(),
});
export type Stage = z.infer<typeof StageSchema>;

export const ScoringRuleSchema = z.object({
  id: z.string().max(100),
  enabled: z.boolean(),
  points: z.number().finite().min(-1000).max(1000),
  /** Rule-specific numbers: e.g. days without activity before a penalty. */
  params: z.record(z.string(), z.number().finite()).default({}),
});

export const TeammateSchema = z.object({ id: z.string().max(100), name: z.string().max(200), email: z.string().max(320).optional() });
export const SegmentSchema = z.object({ id: z.string().max(100), name: z.string().max(200) });

export const SettingsSchema = z.object({
  version: z.literal(1),
  stages: z.array(StageSchema).min(2).max(50),
  scoring: z.object({ rules: z.array(ScoringRuleSchema).max(100), halfLifeDays: z.number().positive().max(3650) }),
  segments: z.array(SegmentSchema).max(200),
  targetSegments: z.array(z.string().max(100)).max(200),
  teammates: z.array(TeammateSchema).max(500),
  /** Addresses (rep@x.com) and whole domains (x.com) that are never logged. */
  neverLog: z.array(z.string().trim().toLowerCase().max(320)).max(5000),
  webmail: z.object({
    body: z.enum(['none', 'snippet', 'full']),
    moveFirstStageToContacted: z.boolean(),
    /** The rep's own company domains: colleagues are never logged. */
    ownDomains: z.array(z.string().trim().toLowerCase().max(253)).max(50),
  }),
  cadences: z.object({
    noReply: z.object({ enabled: z.boolean(), days: z.number().int().min(1).max(365) }),
    keepInTouch: z.object({ enabled: z.boolean(), days: z.number().int().min(1).max(365) }),
    goingCold: z.object({ enabled: z.boolean(), days: z.number().int().min(1).max(3650) }),
    stageReminders: z.array(z.object({ stage: z.string().max(60), days: z.number().int().min(1).max(365), enabled: z.boolean() })).max(50),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_STAGES: Stage[] = [
  { id: 'open', phase: 'attract', color: '#6b7280' },
  { id: 'contacted', phase: 'attract', color: '#2563eb' },
  { id: 'nurturing', phase: 'nurture', color: '#7c3aed' },
  { id: 'qualified', phase: 'nurture', color: '#0891b2' },
  { id: 'negotiation', phase: 'first-sale', color: '#d97706' },
  { id: 'customer', phase: 'after-sales', color: '#059669', outcome: 'won' },
  { id: 'inactive', phase: 'after-sales', color: '#9ca3af' },
  { id: 'unqualified', phase: 'attract', color: '#dc2626', outcome: 'lost' },
];

export function defaultSettings(): Settings {
  return {
    version: 1,
    stages: DEFAULT_STAGES.map((stage) => ({ ...stage })),
    scoring: {
      halfLifeDays: 30,
      rules: [
        { id: 'has-email', enabled: true, points: 10, params: {} },
        { id: 'has-phone', enabled: true, points: 10, params: {} },
        { id: 'has-job-title', enabled: true, points: 5, params: {} },
        { id: 'has-company', enabled: true, points: 5, params: {} },
        { id: 'decision-maker', enabled: true, points: 10, params: {} },
        { id: 'bant-field', enabled: true, points: 5, params: {} },
        { id: 'segment-fit', enabled: true, points: 10, params: {} },
        { id: 'email-received', enabled: true, points: 8, params: { max: 3 } },
        { id: 'meeting', enabled: true, points: 15, params: { max: 3 } },
        { id: 'offer', enabled: true, points: 20, params: { max: 2 } },
        { id: 'inactive-weeks', enabled: true, points: -5, params: { weeks: 3, max: 4 } },
      ],
    },
    segments: [],
    targetSegments: [],
    teammates: [],
    neverLog: [],
    webmail: { body: 'snippet', moveFirstStageToContacted: true, ownDomains: [] },
    cadences: {
      noReply: { enabled: true, days: 3 },
      keepInTouch: { enabled: true, days: 7 },
      goingCold: { enabled: true, days: 90 },
      stageReminders: [
        { stage: 'qualified', days: 3, enabled: true },
        { stage: 'negotiation', days: 2, enabled: true },
      ],
    },
  };
}
