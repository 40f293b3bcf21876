import { parseUrl as parse } from '../shared/url';

/**
 * Which Gmail URLs are the mail app and which are compose-only pop-out windows.
 * Pure string checks, examples beside each one.
 */

/**
 * The mail app, any account and view:
 * - https://mail.google.com/mail/u/0/#inbox
 * - https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmJbQwqZbLhNkQjZpHzc
 * - https://mail.google.com/mail/#sent
 * - https://mail.google.com/mail/u/0/?view=cm&fs=1&to=bob@example.com (a compose window)
 * Not the app:
 * - https://mail.google.com/mail/u/0/?ui=2&ik=abc&view=att&th=18a4 (an attachment download)
 * - https://mail.google.com/mail/u/0/?ik=abc&view=pt&search=all (print view)
 * - https://mail.google.com/chat/u/0/ (Chat)
 */
export function isGmailApp(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.hostname !== 'mail.google.com') return false;
  if (!/^\/mail(\/|$)/.test(parsed.pathname)) return false;
  const view = parsed.searchParams.get('view');
  return view !== 'att' && view !== 'pt';
}

/**
 * A compose in its own window, which Gmail closes as soon as Send is pressed:
 * - https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1&to=bob@example.com (mailto: handler)
 * - https://mail.google.com/mail/u/0/?ui=2&view=btop&ver=1nnj51jn5rorm#cmid%253D2 (Shift+click pop-out)
 * Not a pop-out:
 * - https://mail.google.com/mail/u/0/#inbox?compose=new (compose dialog inside the app)
 */
export function isGmailPopout(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || !isGmailApp(url)) return false;
  const view = parsed.searchParams.get('view');
  return view === 'cm' || view === 'btop';
}
