/**
 * Every Gmail selector LeadTrail uses. Stable attributes first (name, role, aria-*, data-*),
 * then the long-lived obfuscated classes Gmail has shipped for years (M9, adn, gD, g2, g3, a3s,
 * hP) as fallbacks. Structure checked against gmail.js and InboxSDK, which read the same nodes.
 */
export const gmailSelectors = {
  /** The app shell that holds both the conversation view and the compose dock. */
  appRoot: ['div.nH.w-asV', 'body > div.nH'],
  /** A compose: popup dialog, full-screen, inline reply/forward and pop-out window alike. */
  compose: ['div.M9'],
  /** The hidden subject field every compose has; the fallback finds composes through it. */
  composeMarker: ['input[name="subjectbox"]', 'input[name="subject"]'],
  subject: ['input[name="subjectbox"]', 'input[name="subject"]'],
  body: [
    'div[contenteditable="true"][role="textbox"][g_editable="true"]',
    'div[contenteditable="true"][aria-label="Message Body"]',
    'div[contenteditable="true"][aria-label="Текст письма"]',
    'div.editable[contenteditable="true"]',
  ],
  /** `#msg-a:r-…` once Gmail saved the draft; "undefined" before. */
  draftId: ['input[name="draft"]'],
  /** A recipient field of the people-kit compose: div[name=to|cc|bcc] holds chips and the typing input. */
  recipientField: (field: 'to' | 'cc' | 'bcc'): string[] => [`div[name="${field}"]`, `tr.bzf div[name="${field}"]`],
  /** A confirmed recipient; Gmail puts the address in data-hovercard-id and the name in data-name. */
  recipientChip: ['[data-hovercard-id]', 'div.afV'],
  chipEmailAttrs: ['data-hovercard-id', 'email', 'title'],
  chipNameAttrs: ['data-name', 'name'],
  /** Where the rep types an address before it becomes a chip. */
  recipientInput: ['input[peoplekit-id]', 'input[aria-label]', 'input[type="text"]', 'textarea'],
  /** Classic compose: the committed addresses as hidden inputs or a textarea. */
  legacyRecipients: (field: 'to' | 'cc' | 'bcc'): string[] => [`textarea[name="${field}"]`, `input[type="hidden"][name="${field}"]`],
  sendButton: [
    'div[role="button"][data-tooltip^="Send"]',
    'div[role="button"][aria-label^="Send"]',
    'div[role="button"][data-tooltip^="Отправить"]',
    'div[role="button"][aria-label^="Отправить"]',
    'div.T-I.T-I-atl:not(.hG)',
  ],
  /** The "Message sent · Undo" toast link. */
  undo: ['#link_undo', '[role="alert"] [role="link"]', '[role="alert"] [role="button"]'],
  undoLabels: ['Undo', 'Отменить'],
  /** The conversation of an inline reply: subject header carries the thread ids. */
  threadRoot: ['div[role="main"]'],
  threadHeader: ['h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]', 'h2.hP'],
  /** An expanded message; collapsed ones have no body yet and are read when opened. */
  message: ['div.adn[data-message-id]', 'div[data-message-id][data-legacy-message-id]', 'div[data-legacy-message-id]'],
  messageBody: ['div.a3s', 'div.ii.gt > div'],
  sender: ['span.gD[email]', 'h3 span[email]'],
  recipient: ['span.g2[email]', 'span.hb span[email]'],
  /** The full date sits in the title; the text is often only "10:15 AM". */
  date: ['span.g3[title]', 'span.g3'],
  /** The account button: aria-label "Google Account: Ann Rep (ann@acme.com)" / "Аккаунт Google: …". */
  account: ['a[href*="accounts.google.com/SignOutOptions"]', 'a[aria-label^="Google Account"]', 'a[aria-label^="Аккаунт Google"]'],
} as const;
