import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch } from '../messaging/server';
import { createHandlers } from './handlers';

/** Wires the background: one message listener that answers every protocol message. */
export function startBackground(): void {
  const handlers = createHandlers();
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, sender, browser.runtime.id, extensionOrigin),
  );
}
