/**
 * The one file that declares every message between the popup, the dashboard, content scripts and
 * the background. Requests are zod schemas (validated on arrival in the background); responses are
 * types only, because they come from the background, the one trusted party.
 */
import { z } from 'zod';

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

export interface AppStatus {
  version: string;
  leads: number;
  dueReminders: number;
}

export const protocol = {
  'app.status': message<z.ZodObject<{}, z.core.$strict>, AppStatus>(z.strictObject({}), EXTENSION_ONLY),
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
