/**
 * What an end-to-end test needs to drive each adapter on a saved fixture page served at the
 * provider's real URL (Playwright context.route). Fixture pages have no app code behind them, so a
 * test plays the app's part: it clicks Send, then removes the compose as the app would, then waits
 * out the undo window. Nothing here is imported by the content scripts.
 */
import { GMAIL_UNDO_MIN_MS } from './gmail/adapter';
import { MAILRU_UNDO_MIN_MS } from './mailru/selectors';
import { OUTLOOK_UNDO_MIN_MS } from './outlook/selectors';
import { YANDEX_UNDO_MIN_MS } from './yandex/selectors';
import type { MailProvider } from '../model/mail';

export interface E2eTarget {
  /** A real URL the content script matches; route it to the fixture. */
  url: string;
  /** Fixture paths from the project root; each holds an already filled compose. */
  fixtures: Record<string, string>;
  /** Click this to send (or press Enter on it, or Ctrl+Enter inside body). */
  send: string;
  /** Remove this after the click: that is the app closing the compose. */
  compose: string;
  /** The compose body, for typing into or pressing Ctrl+Enter in. */
  body: string;
  /** Wait at least this long after the compose is gone before looking for the logged activity. */
  undoMinMs: number;
  /** Insert this markup after the click and click its button to undo a send (nothing must be logged). */
  undoMarkup: string;
  undoControl: string;
}

export const e2eTargets: Record<MailProvider, E2eTarget> = {
  gmail: {
    url: 'https://mail.google.com/mail/u/0/#inbox',
    fixtures: {
      newEn: 'lib/sites/gmail/fixtures/compose-new-en.html',
      newRuMany: 'lib/sites/gmail/fixtures/compose-new-ru-many.html',
      replyEn: 'lib/sites/gmail/fixtures/reply-inline-en.html',
      popoutRu: 'lib/sites/gmail/fixtures/popout-ru.html',
      threadRu: 'lib/sites/gmail/fixtures/thread-ru.html',
    },
    send: 'div.M9 div[role="button"][data-tooltip^="Send"], div.M9 div[role="button"][data-tooltip^="Отправить"]',
    compose: 'div.M9',
    body: 'div.M9 div[contenteditable="true"][g_editable="true"]',
    undoMinMs: GMAIL_UNDO_MIN_MS,
    undoMarkup: '<div class="bAq" role="alert"><span class="aT">Message sent <span id="link_undo" role="link" tabindex="0">Undo</span></span></div>',
    undoControl: '#link_undo',
  },
  outlook: {
    url: 'https://outlook.office.com/mail/inbox',
    fixtures: {
      newEn: 'lib/sites/outlook/fixtures/compose-new-en.html',
      newRuMany: 'lib/sites/outlook/fixtures/compose-new-ru-many.html',
      replyEn: 'lib/sites/outlook/fixtures/reply-en.html',
      popoutRu: 'lib/sites/outlook/fixtures/popout-ru.html',
      threadRu: 'lib/sites/outlook/fixtures/thread-ru.html',
    },
    send: 'button[aria-label="Send"], button[aria-label="Отправить"]',
    compose: '[data-app-section="Form_Content"]',
    body: '[data-app-section="Form_Content"] div[role="textbox"][aria-multiline="true"]',
    undoMinMs: OUTLOOK_UNDO_MIN_MS,
    undoMarkup: '<div role="alert"><span>Sending…</span><button type="button">Undo</button></div>',
    undoControl: '[role="alert"] button',
  },
  yandex: {
    url: 'https://mail.yandex.ru/?uid=1130000012345678#compose',
    fixtures: {
      newEn: 'lib/sites/yandex/fixtures/compose-new-en.html',
      newRuMany: 'lib/sites/yandex/fixtures/compose-new-ru-many.html',
      replyRu: 'lib/sites/yandex/fixtures/reply-ru.html',
      popoutEn: 'lib/sites/yandex/fixtures/popout-en.html',
    },
    send: '.ComposeSendButton button',
    compose: 'div.ComposeReact',
    body: 'div.ComposeReact div[role="textbox"]',
    undoMinMs: YANDEX_UNDO_MIN_MS,
    undoMarkup: '<div role="alert">Письмо отправляется <button type="button">Отменить</button></div>',
    undoControl: '[role="alert"] button',
  },
  mailru: {
    url: 'https://e.mail.ru/inbox/',
    fixtures: {
      newEn: 'lib/sites/mailru/fixtures/compose-new-en.html',
      newRuMany: 'lib/sites/mailru/fixtures/compose-new-ru-many.html',
      replyRu: 'lib/sites/mailru/fixtures/reply-ru.html',
      composePageEn: 'lib/sites/mailru/fixtures/compose-page-en.html',
    },
    send: 'button[data-test-id="send"]',
    compose: 'div.compose-app',
    body: 'div.compose-app div[role="textbox"]',
    undoMinMs: MAILRU_UNDO_MIN_MS,
    undoMarkup: '<div role="alert">Письмо отправляется <button type="button">Отменить</button></div>',
    undoControl: '[role="alert"] button',
  },
};
