import type { MailAddress, MailProvider } from '../../model/mail';
import { addressFromElement, findEmail, parseTyped, uniqueAddresses } from './addresses';
import { parseMailDate } from './dates';
import { all, climb, first, hasLabel, isHidden, textOf, valueOf } from './dom';
import type { ComposeSnapshot, SiteAdapter, ThreadMessage } from './types';

type List = readonly string[];

/** Where one kind of person element keeps its address and display name. */
export interface PersonSpec {
  selector: List;
  emailAttrs: List;
  nameAttrs: List;
}

/**
 * A provider described by its selectors alone. Outlook, Yandex and Mail.ru fit this shape; each
 * list is tried in order, so the first entry is the stable attribute and the rest are fallbacks.
 */
export interface SiteSpec {
  provider: MailProvider;
  undoMinMs: number;
  undoMaxMs: number;
  appRoot: List;
  /** Compose containers; when none match, composes are found by climbing from a Send button to the body. */
  compose: List;
  sendButton: List;
  /** Words the Send button shows, to tell it from neighbours matched by a broad fallback. */
  sendLabels: List;
  subject: List;
  body: List;
  fields: { to: List; cc: List; bcc: List };
  chip: PersonSpec;
  /** The text box inside a field; absent in contenteditable wells, where typed text sits between chips. */
  typedInput: List;
  undo: List;
  undoLabels: List;
  message: List;
  messageIdAttrs: List;
  sender: PersonSpec;
  messageTo: PersonSpec;
  messageCc: PersonSpec;
  date: List;
  dateAttrs: List;
  messageBody: List;
  threadSubject: List;
  threadId: { selector: List; attrs: List };
  mailbox: { selector: List; attrs: List };
  isPopout(url: string): boolean;
}

function people(root: ParentNode, spec: PersonSpec): MailAddress[] {
  const out: MailAddress[] = [];
  for (const el of all(root, spec.selector)) {
    const parsed = addressFromElement(el, spec.emailAttrs, spec.nameAttrs);
    if (parsed) out.push(parsed);
  }
  return uniqueAddresses(out);
}

function attr(el: Element | null, attrs: List): string | undefined {
  if (!el) return undefined;
  for (const name of attrs) {
    const value = el.getAttribute(name);
    if (value) return value;
  }
  return undefined;
}

/** A short stable hash, for providers that expose no message id: same message, same id, every session. */
export function stableId(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0001')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function buildAdapter(spec: SiteSpec): SiteAdapter {
  const isSend = (el: Element): boolean => !isHidden(el) && (spec.sendLabels.length === 0 || hasLabel(el, spec.sendLabels));
  const findSendButton = (compose: Element): Element | null => all(compose, spec.sendButton).find(isSend) ?? null;

  const findComposes = (root: ParentNode): Element[] => {
    const direct = all(root, spec.compose).filter((el) => !isHidden(el));
    if (direct.length > 0) return direct;
    const found: Element[] = [];
    for (const button of all(root, spec.sendButton).filter(isSend)) {
      const compose = climb(button, (node) => first(node, spec.body) !== null, 20);
      if (compose && !found.includes(compose)) found.push(compose);
    }
    return found;
  };

  const field = (compose: Element, selectors: List): MailAddress[] => {
    const container = first(compose, selectors);
    if (!container) return [];
    const chips = people(container, spec.chip);
    const input = first(container, spec.typedInput);
    let typed: string;
    if (input) typed = valueOf(input);
    else {
      // A contenteditable well: whatever is not a chip is text the rep typed.
      const copy = container.cloneNode(true) as Element;
      for (const chip of all(copy, spec.chip.selector)) chip.remove();
      typed = copy.textContent ?? '';
    }
    return uniqueAddresses([...chips, ...parseTyped(typed)]);
  };

  const threadIdIn = (root: ParentNode): string | undefined => attr(first(root, spec.threadId.selector), spec.threadId.attrs);

  const readCompose = (compose: Element): ComposeSnapshot => {
    // An inline reply sits under the conversation it answers and often has no subject field of its own.
    const conversation = climb(compose, (node) => first(node, spec.message) !== null, 20);
    const subject = valueOf(first(compose, spec.subject)) || (conversation ? textOf(first(conversation, spec.threadSubject)) : '');
    const threadId = conversation ? threadIdIn(compose.ownerDocument) : undefined;
    return {
      to: field(compose, spec.fields.to),
      cc: field(compose, spec.fields.cc),
      bcc: field(compose, spec.fields.bcc),
      subject,
      body: textOf(first(compose, spec.body)),
      ...(threadId ? { threadId } : {}),
    };
  };

  const messageIdOf = (message: Element): string | undefined => {
    const exposed = attr(message, spec.messageIdAttrs);
    if (exposed) return exposed;
    const sender = first(message, spec.sender.selector);
    const date = first(message, spec.date);
    if (!sender || !date) return undefined;
    const from = addressFromElement(sender, spec.sender.emailAttrs, spec.sender.nameAttrs)?.email ?? '';
    const when = attr(date, spec.dateAttrs) ?? textOf(date);
    return `${spec.provider}-h:${stableId([from, when, textOf(first(message, spec.messageBody)).slice(0, 200)])}`;
  };

  const readMessage = (message: Element, root: ParentNode): ThreadMessage | null => {
    const messageId = messageIdOf(message);
    const sender = first(message, spec.sender.selector);
    const from = sender ? addressFromElement(sender, spec.sender.emailAttrs, spec.sender.nameAttrs) : undefined;
    if (!messageId || !from) return null;
    const date = first(message, spec.date);
    const at = parseMailDate(attr(date, spec.dateAttrs) ?? textOf(date));
    const threadId = threadIdIn(root);
    return {
      messageId,
      ...(threadId ? { threadId } : {}),
      from,
      to: people(message, spec.messageTo),
      cc: people(message, spec.messageCc),
      subject: textOf(first(root, spec.threadSubject)),
      body: textOf(first(message, spec.messageBody)),
      ...(at !== undefined ? { at } : {}),
    };
  };

  const undoControl = (el: Element): Element | null => {
    const control = el.closest(spec.undo.join(','));
    return control && hasLabel(control, spec.undoLabels) ? control : null;
  };

  return {
    provider: spec.provider,
    undoMinMs: spec.undoMinMs,
    undoMaxMs: spec.undoMaxMs,
    appRoot: spec.appRoot,
    findComposes,
    readCompose,
    composeKey: () => undefined,
    findSendButton,
    findUndo: (root) => all(root, spec.undo).find((el) => !isHidden(el) && hasLabel(el, spec.undoLabels)) ?? null,
    isUndoControl: (el) => undoControl(el) !== null,
    threadMessages: (root) => all(root, spec.message).filter((el) => !isHidden(el) && first(el, spec.messageBody) !== null),
    messageIdOf,
    readMessage,
    readMailbox: (doc) => {
      for (const el of all(doc, spec.mailbox.selector)) {
        const email = findEmail(attr(el, spec.mailbox.attrs)) ?? findEmail(el.textContent);
        if (email) return email;
      }
      return '';
    },
    isPopout: spec.isPopout,
  };
}
