import type { SiteSpec } from '../shared/generic';
import { isOutlookPopout } from './urls';

/** Outlook's shortest delay before a send is final ("Undo send" off) and its longest setting (10 s) plus send latency. */
export const OUTLOOK_UNDO_MIN_MS = 2_000;
export const OUTLOOK_UNDO_MAX_MS = 12_000;

/**
 * Every Outlook on the web selector LeadTrail uses. Outlook's classes are generated per build, so
 * everything here rests on role, aria and data attributes, with English and Russian labels side by side.
 */
export const outlookSpec: SiteSpec = {
  provider: 'outlook',
  undoMinMs: OUTLOOK_UNDO_MIN_MS,
  undoMaxMs: OUTLOOK_UNDO_MAX_MS,
  appRoot: ['#appContainer', '#app', 'div[role="application"]'],
  // No stable compose wrapper: composes are found by climbing from the Send button to the body.
  compose: [],
  sendButton: ['button[aria-label="Send"]', 'button[aria-label="Отправить"]', 'button[title^="Send"]', 'button[title^="Отправить"]'],
  sendLabels: ['Send', 'Отправить'],
  subject: [
    'input[aria-label="Add a subject"]',
    'input[aria-label="Добавьте тему"]',
    'input[placeholder="Add a subject"]',
    'input[placeholder="Добавьте тему"]',
    'input[maxlength="255"]',
  ],
  body: [
    'div[role="textbox"][aria-label^="Message body"]',
    'div[role="textbox"][aria-label^="Текст сообщения"]',
    'div[contenteditable="true"][aria-multiline="true"]',
  ],
  fields: {
    to: ['div[role="textbox"][aria-label="To"]', 'div[role="textbox"][aria-label="Кому"]'],
    cc: ['div[role="textbox"][aria-label="Cc"]', 'div[role="textbox"][aria-label="Копия"]'],
    bcc: ['div[role="textbox"][aria-label="Bcc"]', 'div[role="textbox"][aria-label="Скрытая копия"]', 'div[role="textbox"][aria-label="СК"]'],
  },
  // A resolved recipient is a non-editable pill inside the editable well; its address is in the title.
  chip: { selector: ['[data-lpc-hover-target-id]', 'span[contenteditable="false"]'], emailAttrs: ['title', 'aria-label', 'data-email'], nameAttrs: [] },
  typedInput: [],
  undo: ['[role="alert"] button', '[role="status"] button', '.ms-MessageBar button'],
  undoLabels: ['Undo', 'Отменить'],
  message: ['div[aria-label="Email message"]', 'div[aria-label="Сообщение электронной почты"]'],
  // Outlook puts no message id in the page; the adapter derives a stable one from sender, date and text.
  messageIdAttrs: [],
  sender: { selector: ['span[aria-label^="From:"]', 'span[aria-label^="От:"]'], emailAttrs: ['title'], nameAttrs: [] },
  messageTo: { selector: ['div[aria-label^="To:"] span[title]', 'div[aria-label^="Кому:"] span[title]'], emailAttrs: ['title'], nameAttrs: [] },
  messageCc: { selector: ['div[aria-label^="Cc:"] span[title]', 'div[aria-label^="Копия:"] span[title]'], emailAttrs: ['title'], nameAttrs: [] },
  date: ['div[data-testid="SentReceivedSavedTime"]'],
  dateAttrs: [],
  messageBody: ['div[role="document"][aria-label="Message body"]', 'div[role="document"][aria-label="Текст сообщения"]', 'div[role="document"]'],
  threadSubject: ['div[role="heading"][aria-level="2"]'],
  // The conversation id sits on the selected row of the message list.
  threadId: { selector: ['div[role="option"][aria-selected="true"][data-convid]', 'div[data-convid][aria-selected="true"]'], attrs: ['data-convid'] },
  // The account manager (MeControl) shows the signed-in address.
  mailbox: { selector: ['#mectrl_currentAccount_secondary', '#mectrl_main_trigger'], attrs: ['title', 'aria-label'] },
  isPopout: isOutlookPopout,
};
