/**
 * The one file that declares every message between the popup, the dashboard, content scripts and
 * the background. Requests are zod schemas (validated on arrival in the background); responses are
 * types only, because they come from the background, the one trusted party.
 */
import { z } from 'zod';
import { AdapterHealthSchema, ObservedMailSchema } from '../model/mail';

/** Who may send a message: extension pages (popup, dashboard) or content scripts in web pages. */
export type Caller = 'extension' | 'content';

interface MessageDefinition<Req extends z.ZodType, Res> {
  request: Req;
  /** Phantom: carries the response type only. */
  response: Res;
  callers: readonly Caller[];
}

function message<Req extends z.ZodType, Res>(request: Req, callers: readonly Caller[]): MessageDefinition<Req, Res> {
  return { request, response: undefined as unknown as Res, callers };
}

const EXTENSION_ONLY = ['extension'] as const;
const ANYONE = ['extension', 'content'] as const;

export interface AppStatus {
  version: string;
  leads: number;
  dueReminders: number;
}

export interface MailLogResult {
  /** Activities written (one per matching lead or person). */
  logged: number;
  /** True when this message id was already logged, so nothing was written. */
  duplicate: boolean;
  /** True when the never-log list stopped it. */
  ignored: boolean;
}

export const protocol = {
  'app.status': message<z.ZodObject<{}, z.core.$strict>, AppStatus>(z.strictObject({}), EXTENSION_ONLY),
  /** A webmail content script saw a confirmed send or a received message. */
  'mail.observed': message<typeof ObservedMailSchema, MailLogResult>(ObservedMailSchema, ANYONE),
  /** A webmail adapter reports whether it finds what it needs on the page. */
  'mail.health': message<typeof AdapterHealthSchema, { recorded: true }>(AdapterHealthSchema, ANYONE),
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.input<(typeof protocol)[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<(typeof protocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = (typeof protocol)[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export type ErrorCode = 'invalid-message' | 'unknown-message' | 'forbidden' | 'invalid-payload' | 'not-found' | 'conflict' | 'quota' | 'internal';

export type Reply<T extends MessageType = MessageType> =
  | { ok: true; data: ResponseOf<T> }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: string[] } };
