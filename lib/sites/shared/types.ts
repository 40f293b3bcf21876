import type { MailAddress, MailProvider } from '../../model/mail';

/** What an open compose holds at the moment the rep presses Send. */
export interface ComposeSnapshot {
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  subject: string;
  body: string;
  /** The provider's draft or message id when the compose carries one. */
  messageId?: string;
  /** The conversation the compose replies in, when the page exposes it. */
  threadId?: string;
}

/** One message of an opened conversation, as the page renders it. */
export interface ThreadMessage {
  messageId: string;
  threadId?: string;
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  body: string;
  /** ms since epoch, when the page shows a full date; absent when it shows only a relative time. */
  at?: number;
}

/**
 * Everything the provider-independent watcher needs from one webmail app. Each provider folder
 * builds one of these from its selectors and extractor; the functions are pure over the DOM.
 */
export interface SiteAdapter {
  provider: MailProvider;
  /** The least time the provider keeps its Undo offer open after Send: a send is never confirmed earlier. */
  undoMinMs: number;
  /** The longest undo window the provider lets a user configure: after it an open Undo offer is ignored. */
  undoMaxMs: number;
  /** Candidates for the element that holds composes and threads; observing it (not the document) keeps idle cost low. */
  appRoot: readonly string[];
  /** Every open compose (new, reply, forward, inline, pop-out) below root. */
  findComposes(root: ParentNode): Element[];
  readCompose(compose: Element): ComposeSnapshot;
  /** A key that survives the compose being closed and reopened (Gmail's draft id), if any. */
  composeKey(compose: Element): string | undefined;
  findSendButton(compose: Element): Element | null;
  /** The visible Undo offer shown after a send, if any. */
  findUndo(root: ParentNode): Element | null;
  /** True when el is (inside) an Undo control of a just-sent message. */
  isUndoControl(el: Element): boolean;
  /** The messages of the open conversation, cheap to list: bodies are read only for new ids. */
  threadMessages(root: ParentNode): Element[];
  messageIdOf(message: Element): string | undefined;
  readMessage(message: Element, root: ParentNode): ThreadMessage | null;
  /** The rep's own address where the page shows it, else ''. */
  readMailbox(doc: Document): string;
  /** True when the URL is a compose-only window (pop-out) that closes itself right after Send. */
  isPopout(url: string): boolean;
}
