/**
 * The one file that declares every message between the popup, the dashboard, content scripts and
 * the background. Requests are zod schemas (validated on arrival in the background); responses are
 * types only, because they come from the background, the one trusted party.
 */
import { z } from 'zod';
import type { Backup } from '../db/backup';
import {
  ActivityOriginSchema,
  AdapterHealthSchema,
  BantSchema,
  DateOnlySchema,
  IdSchema,
  LeadSourceSchema,
  LocationSchema,
  MoneySchema,
  ObservedMailSchema,
  PhoneSchema,
  ProfileSchema,
  QualifiersSchema,
  SettingsSchema,
  TagsSchema,
  TimestampSchema,
  type Activity,
  type AdapterHealth,
  type Company,
  type Lead,
  type MailAddress,
  type Person,
  type Reminder,
  type Settings,
} from '../model';

/** Who may send a message: extension pages (popup, dashboard) or content scripts in web pages. */
export type Caller = 'extension' | 'content';

interface MessageDefinition<Req extends z.ZodType, Res> {
  request: Req;
  /** Phantom: carries the response type only. */
  response: Res;
  callers: readonly Caller[];
}

function message<Res>() {
  return <Req extends z.ZodType>(request: Req, callers: readonly Caller[] = EXTENSION_ONLY): MessageDefinition<Req, Res> => ({
    request,
    response: undefined as unknown as Res,
    callers,
  });
}

const EXTENSION_ONLY = ['extension'] as const;
const ANYONE = ['extension', 'content'] as const;
const Empty = z.strictObject({});

// ---- shapes shared by several messages ----

export interface AppStatus {
  version: string;
  leads: number;
  dueReminders: number;
}

/** One row of a list of leads: enough to show and open it. */
export interface LeadSummary {
  leadId: string;
  personId: string;
  name: string;
  title: string;
  company?: string;
  stage: string;
  email?: string;
  score?: number;
}

/** Everything the lead card shows. */
export interface LeadView {
  lead: Lead;
  person: Person;
  company?: Company;
  /** The person's other needs. */
  otherLeads: Lead[];
  nextReminder?: Reminder;
}

export interface DueItem {
  reminder: Reminder;
  leadId?: string;
  name: string;
  company?: string;
  stage?: string;
}

export interface MailLogResult {
  /** Activities written (one per matching lead or person). */
  logged: number;
  /** True when this message id was already logged, so nothing was written. */
  duplicate: boolean;
  /** True when the never-log list stopped it. */
  ignored: boolean;
  /** Recipients that are not leads, offered in the popup, never added silently. */
  unmatched: MailAddress[];
}

export interface KnownAddress {
  email: string;
  personId: string;
  leadId?: string;
  name: string;
}

export interface MailStatus {
  health: Array<AdapterHealth & { since: number }>;
  /** Recipients of logged emails who are not leads yet, newest first. */
  unmatched: Array<MailAddress & { at: number; subject: string }>;
}

/** A person found by capture, as the popup sends it back to be saved. */
export const CapturedPersonSchema = z.object({
  name: z.string().trim().min(1).max(300),
  jobTitle: z.string().max(300).nullable().optional(),
  organization: z.string().max(300).nullable().optional(),
  emails: z.array(z.string().max(320)).max(50).default([]),
  /** E.164, an extension written as ";ext=204". */
  phones: z.array(z.string().max(40)).max(50).default([]),
  location: z.string().max(300).nullable().optional(),
  profiles: z.array(ProfileSchema).max(50).default([]),
});
export type CapturedPersonDraft = z.infer<typeof CapturedPersonSchema>;

export const CapturedOrganizationSchema = z.object({
  name: z.string().max(300).nullable().optional(),
  domain: z.string().max(253).nullable().optional(),
});

/** What capture found in a tab, each person marked when they are already known. */
export interface ScanResult {
  tabId: number;
  /** Where the people were found: saved as the lead's source. */
  page: { url: string; title: string; referrer: string; utm: Partial<Record<'source' | 'medium' | 'campaign' | 'term' | 'content', string>> };
  people: Array<CapturedPersonDraft & { known?: { personId: string; leadId?: string } }>;
  organizations: Array<{ name: string | null; domain: string | null; emails: string[]; phones: string[]; address: string | null }>;
  truncated: boolean;
}

export const SaveCapturedSchema = z.object({
  person: CapturedPersonSchema,
  organization: CapturedOrganizationSchema.optional(),
  source: LeadSourceSchema.omit({ capturedAt: true }),
  leadTitle: z.string().trim().min(1).max(300).optional(),
});

export interface SavedLead {
  leadId: string;
  personId: string;
  companyId?: string;
  /** True when an existing person (matched by email, phone or profile) got the new lead. */
  reusedPerson: boolean;
}

const PersonPatchSchema = z
  .object({
    fullName: z.string().trim().min(1).max(300),
    givenName: z.string().max(100),
    familyName: z.string().max(100),
    patronymic: z.string().max(100),
    jobTitle: z.string().max(300),
    emails: z.array(z.string().max(320)).max(50),
    phones: z.array(PhoneSchema).max(50),
    location: LocationSchema,
    profiles: z.array(ProfileSchema).max(50),
    birthday: DateOnlySchema,
    notes: z.string().max(100_000),
    tags: TagsSchema,
    isDecisionMaker: z.boolean(),
  })
  .partial()
  .strict();

const LeadPatchSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    product: z.string().max(300),
    bant: BantSchema,
    qualifiers: QualifiersSchema,
    segment: z.string().max(100),
    tags: TagsSchema,
    owner: z.string().max(100),
    regularity: z.enum(['one-off', 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular']),
    nextFollowUpAt: TimestampSchema,
    companyId: IdSchema,
  })
  .partial()
  .strict();

const NewActivitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), summary: z.string().trim().min(1).max(2000) }),
  z.object({
    kind: z.literal('call'),
    summary: z.string().max(2000).default(''),
    outcome: z.enum(['connected', 'no-answer', 'voicemail', 'busy', 'wrong-number']).optional(),
    durationMin: z.number().nonnegative().max(1440).optional(),
  }),
  z.object({ kind: z.literal('meeting'), summary: z.string().max(2000).default(''), place: z.string().max(500).optional(), durationMin: z.number().nonnegative().max(1440).optional() }),
  z.object({ kind: z.literal('message'), summary: z.string().max(2000).default(''), channel: z.string().max(60).optional() }),
  z.object({
    kind: z.literal('offer'),
    summary: z.string().max(2000).default(''),
    amount: MoneySchema.optional(),
    status: z.enum(['draft', 'sent', 'accepted', 'rejected']).default('sent'),
    documentUrl: z.string().max(4000).optional(),
  }),
]);
export type NewActivityRequest = z.input<typeof NewActivitySchema>;

const LeadRef = z.strictObject({ leadId: IdSchema });

export const protocol = {
  'app.status': message<AppStatus>()(Empty),

  // ---- settings ----
  'settings.get': message<Settings>()(Empty),
  'settings.save': message<Settings>()(z.strictObject({ settings: SettingsSchema })),

  // ---- leads and people ----
  'leads.get': message<LeadView>()(LeadRef),
  'leads.search': message<LeadSummary[]>()(z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) })),
  'leads.update': message<Lead>()(z.strictObject({ leadId: IdSchema, patch: LeadPatchSchema })),
  'leads.changeStage': message<Lead>()(z.strictObject({ leadId: IdSchema, stage: z.string().min(1).max(60) })),
  'people.update': message<Person>()(z.strictObject({ personId: IdSchema, patch: PersonPatchSchema })),
  /** Is any of these addresses a known person? For content scripts that mark leads in a page. */
  'people.lookup': message<KnownAddress[]>()(z.strictObject({ emails: z.array(z.string().max(320)).max(200) }), ANYONE),

  // ---- history ----
  'activities.list': message<Activity[]>()(
    z.strictObject({ leadId: IdSchema, limit: z.number().int().min(1).max(500).default(100), before: TimestampSchema.optional() }),
  ),
  'activities.add': message<Activity>()(
    z.strictObject({ leadId: IdSchema, activity: NewActivitySchema, at: TimestampSchema.optional(), origin: ActivityOriginSchema.optional() }),
  ),

  // ---- follow-ups ----
  'reminders.due': message<DueItem[]>()(z.strictObject({ limit: z.number().int().min(1).max(500).default(50) })),
  'reminders.create': message<Reminder>()(z.strictObject({ leadId: IdSchema, dueAt: TimestampSchema, note: z.string().max(2000).default('') })),
  'reminders.done': message<Reminder>()(z.strictObject({ reminderId: IdSchema })),
  'reminders.snooze': message<Reminder>()(z.strictObject({ reminderId: IdSchema, until: TimestampSchema })),

  // ---- capture ----
  'capture.scan': message<ScanResult>()(z.strictObject({ tabId: z.number().int().nonnegative() })),
  'capture.save': message<SavedLead>()(SaveCapturedSchema),

  // ---- webmail ----
  /** A webmail content script saw a confirmed send or a received message. */
  'mail.observed': message<MailLogResult>()(ObservedMailSchema, ANYONE),
  /** A webmail adapter reports whether it finds what it needs on the page. */
  'mail.health': message<{ recorded: true }>()(AdapterHealthSchema, ANYONE),
  'mail.status': message<MailStatus>()(Empty),

  // ---- pipeline (stages in settings; removing one moves its leads, each move logged) ----
  'pipeline.renameStage': message<Settings>()(z.strictObject({ stage: z.string().min(1).max(60), name: z.string().max(60).nullable() })),
  'pipeline.moveStage': message<Settings>()(z.strictObject({ stage: z.string().min(1).max(60), index: z.number().int().min(0).max(49) })),
  'pipeline.addStage': message<{ settings: Settings; stageId: string }>()(
    z.strictObject({
      name: z.string().trim().min(1).max(60),
      phase: SettingsSchema.shape.stages.element.shape.phase,
      color: SettingsSchema.shape.stages.element.shape.color.optional(),
      outcome: SettingsSchema.shape.stages.element.shape.outcome,
      index: z.number().int().min(0).max(49).optional(),
    }),
  ),
  'pipeline.removeStage': message<{ settings: Settings; moved: number }>()(
    z.strictObject({ stage: z.string().min(1).max(60), moveTo: z.string().min(1).max(60) }),
  ),

  /** Runs the daily check now (cadences, scores), e.g. after the rep changed scoring rules or cadences. */
  'pipeline.recheck': message<{ rescored: number; created: number; closed: number }>()(Empty),

  // ---- backup ----
  'backup.export': message<Backup>()(Empty),
  'backup.restore': message<{ people: number; leads: number; activities: number }>()(z.strictObject({ text: z.string().max(500_000_000) })),
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = (typeof protocol)[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type ErrorCode =
  | 'invalid-message'
  | 'unknown-message'
  | 'forbidden'
  | 'invalid-payload'
  | 'not-found'
  | 'conflict'
  | 'cannot-inject'
  | 'quota'
  | 'internal';

export type Reply<T extends MessageType = MessageType> =
  | { ok: true; data: ResponseOf<T> }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: string[] } };
