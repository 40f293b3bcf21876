import type { MailAddress } from '../../model/mail';
import { addressFromElement, findEmail, parseAddress, parseTyped, uniqueAddresses } from '../shared/addresses';
import { parseMailDate } from '../shared/dates';
import { all, climb, first, hasLabel, isHidden, textOf, valueOf } from '../shared/dom';
import type { ComposeSnapshot, ThreadMessage } from '../shared/types';
import { gmailSelectors as S } from './selectors';

type Field = 'to' | 'cc' | 'bcc';

/** Every open compose below root: the M9 wrapper, or (fallback) the ancestor that holds both subject and body. */
export function findGmailComposes(root: ParentNode): Element[] {
  const direct = all(root, S.compose);
  if (direct.length > 0) return direct;
  const found: Element[] = [];
  for (const marker of all(root, S.composeMarker)) {
    const compose = climb(marker, (node) => first(node, S.body) !== null && first(node, S.sendButton) !== null);
    if (compose && !found.includes(compose)) found.push(compose);
  }
  return found;
}

function chipsOf(container: Element): MailAddress[] {
  const out: MailAddress[] = [];
  for (const chip of all(container, S.recipientChip)) {
    const parsed = addressFromElement(chip, S.chipEmailAttrs, S.chipNameAttrs);
    if (parsed) out.push(parsed);
  }
  return out;
}

function recipients(compose: Element, field: Field): MailAddress[] {
  const container = first(compose, S.recipientField(field));
  if (container) {
    const typed = first(container, S.recipientInput);
    return uniqueAddresses([...chipsOf(container), ...parseTyped(valueOf(typed))]);
  }
  const legacy = first(compose, S.legacyRecipients(field));
  return uniqueAddresses(parseTyped(valueOf(legacy)));
}

function threadIdOf(header: Element | null): string | undefined {
  if (!header) return undefined;
  const perm = header.getAttribute('data-thread-perm-id');
  const legacy = header.getAttribute('data-legacy-thread-id');
  return (perm || legacy || undefined)?.replace(/^#/, '');
}

/** The saved draft id, which Gmail keeps as the sent message's id ("msg-a:r…"). */
export function gmailComposeKey(compose: Element): string | undefined {
  const value = valueOf(first(compose, S.draftId));
  return value && value !== 'undefined' && value !== 'null' ? value.replace(/^#/, '') : undefined;
}

/** Reads a compose as it stands: chips, typed-but-unconfirmed addresses, subject and body. */
export function readGmailCompose(compose: Element): ComposeSnapshot {
  const main = compose.closest(S.threadRoot.join(','));
  // Only an inline reply lives inside the conversation; a dialog compose opened over a thread is new mail.
  const header = main ? first(main, S.threadHeader) : null;
  let subject = valueOf(first(compose, S.subject));
  if (!subject && header) subject = textOf(header);
  const messageId = gmailComposeKey(compose);
  const threadId = threadIdOf(header);
  return {
    to: recipients(compose, 'to'),
    cc: recipients(compose, 'cc'),
    bcc: recipients(compose, 'bcc'),
    subject,
    body: textOf(first(compose, S.body)),
    ...(messageId ? { messageId } : {}),
    ...(threadId ? { threadId } : {}),
  };
}

export function findGmailSendButton(compose: Element): Element | null {
  return first(compose, S.sendButton);
}

export function isGmailUndoControl(el: Element): boolean {
  const control = el.closest(S.undo.join(','));
  return control !== null && (control.id === 'link_undo' || hasLabel(control, S.undoLabels));
}

export function findGmailUndo(root: ParentNode): Element | null {
  for (const control of all(root, S.undo)) {
    if (!isHidden(control) && (control.id === 'link_undo' || hasLabel(control, S.undoLabels))) return control;
  }
  return null;
}

/** Expanded messages of the open conversation (collapsed ones carry no body yet). */
export function gmailThreadMessages(root: ParentNode): Element[] {
  return all(root, S.message).filter((message) => !isHidden(message) && first(message, S.messageBody) !== null);
}

export function gmailMessageId(message: Element): string | undefined {
  const id = message.getAttribute('data-message-id') || message.getAttribute('data-legacy-message-id');
  return id ? id.replace(/^#/, '') : undefined;
}

export function readGmailMessage(message: Element, root: ParentNode): ThreadMessage | null {
  const messageId = gmailMessageId(message);
  const sender = first(message, S.sender);
  const from = sender ? addressFromElement(sender, ['email'], ['name']) : undefined;
  if (!messageId || !from) return null;
  const to: MailAddress[] = [];
  for (const el of all(message, S.recipient)) {
    const parsed = addressFromElement(el, ['email'], ['name']);
    if (parsed) to.push(parsed);
  }
  const date = first(message, S.date);
  const header = first(root, S.threadHeader);
  const threadId = threadIdOf(header);
  const at = parseMailDate(date?.getAttribute('title') || textOf(date));
  return {
    messageId,
    ...(threadId ? { threadId } : {}),
    from,
    to: uniqueAddresses(to),
    cc: [],
    subject: textOf(header),
    body: textOf(first(message, S.messageBody)),
    ...(at !== undefined ? { at } : {}),
  };
}

/** The signed-in account from the account button's label, else from the tab title ("Inbox - ann@acme.com - Gmail"). */
export function readGmailMailbox(doc: Document): string {
  const account = first(doc, S.account);
  const fromButton = findEmail(account?.getAttribute('aria-label')) ?? findEmail(account?.getAttribute('title'));
  if (fromButton) return fromButton;
  const titled = /\s-\s(\S+@\S+)\s-\s/.exec(doc.title);
  return parseAddress(titled?.[1])?.email ?? '';
}
