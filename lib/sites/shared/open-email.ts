/**
 * The content-script side of the popup's "who is in the open email?" request (the contract is in
 * lib/messaging/open-email.ts): read with the adapter's own extractors, answered to our popup only.
 */
import { OPEN_EMAIL_MAX_ADDRESSES, isOpenEmailRequest, type OpenEmail } from '../../messaging/open-email';
import type { MailAddress } from '../../model/mail';
import type { SiteAdapter } from './types';

/**
 * Who is in the open email, read with the same extractors the watcher logs mail with, so the
 * popup shows exactly the people a send or a received message would be logged against.
 */
export function readOpenEmail(doc: Document, adapter: SiteAdapter): OpenEmail {
  const own = adapter.readMailbox(doc);
  const found: MailAddress[] = [];
  let subject = '';
  const composes = adapter.findComposes(doc);
  for (const element of composes) {
    const compose = adapter.readCompose(element);
    subject ||= compose.subject;
    found.push(...compose.to, ...compose.cc, ...compose.bcc);
  }
  const elements = adapter.threadMessages(doc);
  let messages = 0;
  for (const element of elements) {
    const message = adapter.readMessage(element, doc);
    if (!message) continue;
    messages += 1;
    subject ||= message.subject;
    found.push(message.from, ...message.to, ...message.cc);
  }
  // Each address once, the first (compose's) display name kept; the rep's own address is no lead.
  const seen = new Set<string>(own ? [own.toLowerCase()] : []);
  const addresses: MailAddress[] = [];
  for (const each of found) {
    const email = each.email.toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    addresses.push(each.name ? { name: each.name, email } : { email });
    if (addresses.length === OPEN_EMAIL_MAX_ADDRESSES) break;
  }
  return { provider: adapter.provider, compose: composes.length > 0, messages, subject, addresses };
}

/** The part of runtime.MessageSender this check reads. */
export interface SenderLike {
  id?: string;
  tab?: unknown;
}

/**
 * Only our own extension pages (the popup) may ask: a sender with a tab is a content script, which
 * could have been reached by a page, and another extension's id is not ours.
 */
export function isOwnExtensionPage(sender: SenderLike, runtimeId: string): boolean {
  return Boolean(runtimeId) && sender.id === runtimeId && sender.tab === undefined;
}

/**
 * The onMessage decision: the answer for our popup's request, undefined for anything else so that
 * the message is left to other listeners (returning a value would claim it).
 */
export function answerOpenEmail(
  message: unknown,
  sender: SenderLike,
  runtimeId: string,
  read: () => OpenEmail,
): Promise<OpenEmail> | undefined {
  if (!isOpenEmailRequest(message) || !isOwnExtensionPage(sender, runtimeId)) return undefined;
  return Promise.resolve().then(read);
}
