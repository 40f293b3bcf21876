/**
 * The receiving side of the protocol, used by the background only: checks the sender, validates the
 * payload, runs the handler and turns every failure into an error reply (never a thrown exception).
 */
import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';
import { protocol, type Caller, type ErrorCode, type MessageType, type ParsedRequestOf, type Reply, type ResponseOf } from './protocol';

export interface HandlerContext {
  caller: Caller;
  sender: Runtime.MessageSender;
}

export type Handlers = {
  [T in MessageType]: (payload: ParsedRequestOf<T>, context: HandlerContext) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/** An error a handler throws on purpose, with a code the caller can act on. */
export class HandlerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

/** Extension pages come from our own origin; content scripts come from a tab of a web page. */
export function classifySender(sender: Runtime.MessageSender, runtimeId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== runtimeId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab) return 'content';
  return null;
}

const PASSED_THROUGH: ReadonlySet<string> = new Set<ErrorCode>(['not-found', 'conflict', 'invalid-payload']);

/** Errors from lower layers (the repository) that carry a code the caller can act on. */
function isCodedError(error: unknown): error is Error & { code: ErrorCode } {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && PASSED_THROUGH.has(code);
}

function fail(code: ErrorCode, message: string, issues?: string[]): Reply {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

export async function dispatch(
  handlers: Partial<Handlers>,
  raw: unknown,
  sender: Runtime.MessageSender,
  runtimeId: string,
  extensionOrigin: string,
): Promise<Reply> {
  if (!raw || typeof raw !== 'object' || typeof (raw as { type?: unknown }).type !== 'string') {
    return fail('invalid-message', 'A message must be an object with a string "type".');
  }
  const { type, payload } = raw as { type: string; payload?: unknown };
  if (!Object.hasOwn(protocol, type)) return fail('unknown-message', `Unknown message type "${type}".`);
  const messageType = type as MessageType;
  const definition = protocol[messageType];
  const caller = classifySender(sender, runtimeId, extensionOrigin);
  if (!caller || !definition.callers.includes(caller)) {
    return fail('forbidden', `"${type}" may not be sent from ${caller ?? 'an unknown sender'}.`);
  }
  const parsed = definition.request.safeParse(payload ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
    return fail('invalid-payload', `Invalid payload for "${type}".`, issues);
  }
  const handler = handlers[messageType] as ((payload: unknown, context: HandlerContext) => unknown) | undefined;
  if (!handler) return fail('unknown-message', `No handler for "${type}".`);
  try {
    const data = (await handler(parsed.data, { caller, sender })) as ResponseOf<MessageType>;
    return { ok: true, data };
  } catch (error) {
    if (error instanceof HandlerError || isCodedError(error)) return fail(error.code, error.message);
    if (error instanceof z.ZodError) {
      return fail('invalid-payload', `Invalid data for "${type}"; nothing was saved.`, error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
    }
    if (error instanceof DOMException && error.name === 'QuotaExceededError') {
      return fail('quota', 'The browser has no room left for LeadTrail data. Free disk space or export and remove old data; nothing was saved.');
    }
    console.error(`LeadTrail: handler for "${type}" failed`, error);
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
