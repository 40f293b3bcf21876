import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ProtocolError, send } from '../../messaging/client';
import type { Host } from './clock';
import { answerOpenEmail, readOpenEmail } from './open-email';
import type { SiteAdapter } from './types';
import { startWatcher, type Watcher } from './watcher';

function quiet(error: unknown): void {
  // After the extension is reloaded the old content script cannot reach the background; that is expected.
  if (error instanceof ProtocolError && error.code === 'unreachable') return;
  console.warn('LeadTrail: webmail record not accepted', error);
}

/** A Host over WXT's ctx: its timers and listeners stop by themselves when the extension reloads. */
export function hostFromContext(ctx: ContentScriptContext): Host {
  return {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    now: () => Date.now(),
    listen: (target, type, handler) => ctx.addEventListener(target, type, handler, { capture: true }),
    isInvalid: () => ctx.isInvalid,
    onInvalidated: (fn) => {
      ctx.onInvalidated(fn);
    },
  };
}

/** The whole runtime of a webmail content script: what its main(ctx) calls. */
export function runAdapter(ctx: ContentScriptContext, adapter: SiteAdapter): Watcher {
  const watcher = startWatcher(document, adapter, hostFromContext(ctx), {
    observed: (mail) => void send('mail.observed', mail).catch(quiet),
    health: (health) => void send('mail.health', health).catch(quiet),
  });
  // These apps navigate with history.pushState; WXT turns that into one event.
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.scan());
  listenForOpenEmail(ctx, adapter);
  return watcher;
}

/**
 * Answers the popup's "who is in the open email?" while this content script is alive. The listener
 * goes with the context, like the watcher's: nothing of an orphaned script may run after a reload.
 */
export function listenForOpenEmail(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) =>
    answerOpenEmail(message, sender, browser.runtime.id, () => readOpenEmail(document, adapter));
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
