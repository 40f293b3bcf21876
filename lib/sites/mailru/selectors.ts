import type { SiteSpec } from '../shared/generic';

/** Mail.ru holds a sent letter for a short "cancel" delay before it leaves; the setting goes up to 10 s. */
export const MAILRU_UNDO_MIN_MS = 3_000;
export const MAILRU_UNDO_MAX_MS = 12_000;

/**
 * Every Mail.ru selector LeadTrail uses. Mail.ru's classes carry build hashes (container--H9L5q), so
 * the stable hooks are its data-test-id attributes, name="Subject", role="textbox" and data-type
 * on the recipient rows; class prefixes are the fallbacks.
 */
export const mailruSpec: SiteSpec = {
  provider: 'mailru',
  undoMinMs: MAILRU_UNDO_MIN_MS,
  undoMaxMs: MAILRU_UNDO_MAX_MS,
  appRoot: ['#app-canvas', '.application-mail', '#app'],
  compose: ['div.compose-app'],
  sendButton: ['button[data-test-id="send"]', '[data-test-id="send"]', 'button[title^="Отправить"]'],
  sendLabels: ['Отправить', 'Send'],
  subject: ['input[name="Subject"]', 'div[data-test-id="subject"] input'],
  body: ['div[role="textbox"][contenteditable="true"]', 'div.editable-container div[contenteditable="true"]'],
  fields: {
    to: ['div[data-type="to"]', 'div[data-test-id="to"]'],
    cc: ['div[data-type="cc"]', 'div[data-test-id="cc"]'],
    bcc: ['div[data-type="bcc"]', 'div[data-test-id="bcc"]'],
  },
  // A confirmed recipient is a bubble whose title holds the address.
  chip: { selector: ['[data-test-id="contact"]', 'div[class*="contact--"][title]'], emailAttrs: ['title', 'data-email'], nameAttrs: [] },
  typedInput: ['input'],
  undo: ['[data-test-id="notify"] button', '.notify button', '[role="alert"] button'],
  undoLabels: ['Отменить', 'Отменить отправку', 'Undo', 'Cancel'],
  message: ['div[data-test-id="letter"]', 'div.thread__letter_expanded', 'div.letter'],
  // The letter id is only in the URL; the adapter derives a stable id from sender, date and text.
  messageIdAttrs: [],
  sender: { selector: ['.letter__author .letter-contact', '.letter__author [title*="@"]'], emailAttrs: ['title'], nameAttrs: [] },
  messageTo: { selector: ['.letter__recipients_to .letter-contact', '.letter__recipients .letter-contact'], emailAttrs: ['title'], nameAttrs: [] },
  messageCc: { selector: ['.letter__recipients_cc .letter-contact'], emailAttrs: ['title'], nameAttrs: [] },
  date: ['.letter__date'],
  dateAttrs: ['title'],
  messageBody: ['.letter__body', '.letter-body__body'],
  threadSubject: ['h2.thread-subject', '.thread__subject'],
  threadId: { selector: [], attrs: [] },
  // The portal header shows the signed-in address.
  mailbox: { selector: ['#PH_user-email', '[data-testid="whiteline-account"]', '.ph-auth'], attrs: ['aria-label', 'title'] },
  // The compose page stays open after Send (it shows a "sent" screen), so nothing here closes itself.
  isPopout: () => false,
};
