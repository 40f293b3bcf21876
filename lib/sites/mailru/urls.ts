import { parseUrl } from '../shared/url';

/**
 * Mail.ru's web mail (e.mail.ru, and octavius.mail.ru which serves the same app to some accounts):
 * - https://e.mail.ru/inbox/
 * - https://e.mail.ru/inbox/0:16789012345678901234:0/
 * - https://e.mail.ru/thread/1:6d1a0b3c2e4f5a67:0/
 * - https://e.mail.ru/compose/
 * - https://octavius.mail.ru/inbox/
 * Not the app:
 * - https://mail.ru/ (the portal)
 * - https://e.mail.ru/attaches-viewer/?x-email=ann%40mail.ru (attachment viewer)
 * - https://e.mail.ru.evil.example/inbox/
 */
export function isMailruApp(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.hostname !== 'e.mail.ru' && parsed.hostname !== 'octavius.mail.ru')) return false;
  return !parsed.pathname.startsWith('/attaches-viewer');
}

/**
 * The compose page of its own (opened from a mailto: link or "open in a new window"):
 * - https://e.mail.ru/compose/?mailto=mailto%3Apeter%40example.com
 * - https://e.mail.ru/compose/1:6d1a0b3c2e4f5a67:0/forward/
 * Mail.ru keeps that window and shows a "sent" screen in it, so it is not a self-closing pop-out;
 * this check exists for the e2e tests and for telling the compose page from a compose layer.
 */
export function isMailruComposePage(url: string): boolean {
  const parsed = parseUrl(url);
  return !!parsed && isMailruApp(url) && /^\/compose(\/|$)/.test(parsed.pathname);
}
