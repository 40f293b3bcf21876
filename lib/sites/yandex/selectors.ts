import type { SiteSpec } from '../shared/generic';
import { isYandexPopout } from './urls';

/** Yandex holds a sent message for a short "cancel sending" delay; users can lengthen it to 10 s. */
export const YANDEX_UNDO_MIN_MS = 3_000;
export const YANDEX_UNDO_MAX_MS = 12_000;

/**
 * Every Yandex Mail selector LeadTrail uses. Yandex's React compose keeps readable BEM class names
 * (ComposeRecipients, ComposeSubject, ComposeSendButton) and name/role attributes; the data-yabble-*
 * attributes on recipient bubbles carry the address. Russian labels first, English beside them.
 */
export const yandexSpec: SiteSpec = {
  provider: 'yandex',
  undoMinMs: YANDEX_UNDO_MIN_MS,
  undoMaxMs: YANDEX_UNDO_MAX_MS,
  appRoot: ['#js-apps-container', '.mail-App', 'div.ns-view-app'],
  compose: ['div.ComposeReact', 'div.composeReact'],
  sendButton: ['.ComposeSendButton button', '.ComposeControlPanel-SendButton button', 'button.ComposeControlPanelButton-Button_action'],
  sendLabels: ['Отправить', 'Send'],
  subject: ['input[name="subject"]', 'input.ComposeSubject-TextField', 'input.composeTextField'],
  body: ['div.cke_wysiwyg_div[role="textbox"]', 'div[role="textbox"][contenteditable="true"]', 'div[contenteditable="true"][placeholder]'],
  fields: {
    to: ['div[name="to"]', '.tst-field-to', '.ComposeRecipients-TopRow'],
    cc: ['div[name="cc"]', '.tst-field-cc'],
    bcc: ['div[name="bcc"]', '.tst-field-bcc'],
  },
  chip: { selector: ['[data-yabble-email]', '.ComposeYabble'], emailAttrs: ['data-yabble-email', 'title'], nameAttrs: ['data-yabble-name'] },
  // The recipient box is a contenteditable "yabbles" field: typed text sits between the bubbles.
  typedInput: [],
  undo: ['[role="alert"] button', '.ComposeDoneScreen button', '.notification button'],
  undoLabels: ['Отменить', 'Отменить отправку', 'Undo', 'Cancel sending'],
  message: ['div.mail-Message', 'article.MessageViewer'],
  // The message's mid is only in the URL hash; the adapter derives a stable id from sender, date and text.
  messageIdAttrs: [],
  sender: { selector: ['.mail-Message-Sender [data-email]', '.mail-Message-Sender-Email'], emailAttrs: ['data-email', 'title'], nameAttrs: ['data-name'] },
  messageTo: { selector: ['.mail-Message-Recipients_to [data-email]', '.mail-Message-Recipients_to .mail-User'], emailAttrs: ['data-email', 'title'], nameAttrs: ['data-name'] },
  messageCc: { selector: ['.mail-Message-Recipients_cc [data-email]', '.mail-Message-Recipients_cc .mail-User'], emailAttrs: ['data-email', 'title'], nameAttrs: ['data-name'] },
  date: ['.mail-Message-Date', 'time'],
  dateAttrs: ['title', 'datetime'],
  messageBody: ['.mail-Message-Body-Content', '.MessageBody'],
  threadSubject: ['.mail-Message-Toolbar-Subject', 'h1.mail-Message-Subject', '.mail-Thread-Subject'],
  threadId: { selector: [], attrs: [] },
  // The account menu shows the full address under the login.
  mailbox: { selector: ['.user-account__subname', '.legouser__account .user-account__subname', '.mail-User-Email'], attrs: ['title'] },
  isPopout: isYandexPopout,
};
