/**
 * The sending side of the protocol, for the popup, the dashboard and content scripts.
 * It imports only types from the protocol, so zod never lands in a content-script bundle.
 */
import browser from 'webextension-polyfill';
import type { ErrorCode, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable',
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}

export async function send<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  } catch (error) {
    throw new ProtocolError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new ProtocolError('unreachable', `no reply to ${type}`);
  }
  if (!reply.ok) throw new ProtocolError(reply.error.code, reply.error.message, reply.error.issues);
  return reply.data;
}
