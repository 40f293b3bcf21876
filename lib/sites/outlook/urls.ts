import { parseUrl } from '../shared/url';

const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);

/**
 * Outlook on the web's mail module (personal and work accounts):
 * - https://outlook.live.com/mail/0/
 * - https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOqJ3Z8xD0ZPk8Zk5bWl7zw%3D
 * - https://outlook.office.com/mail/inbox
 * - https://outlook.office365.com/mail/sentitems
 * Not mail:
 * - https://outlook.live.com/calendar/0/view/week
 * - https://outlook.office.com/people/
 * - https://outlook.live.com.evil.example/mail/0/
 */
export function isOutlookApp(url: string): boolean {
  const parsed = parseUrl(url);
  return !!parsed && HOSTS.has(parsed.hostname) && /^\/mail(\/|$)/.test(parsed.pathname);
}

/**
 * A compose in its own window ("Open in new window", mailto: links), closed by Outlook on Send:
 * - https://outlook.live.com/mail/0/deeplink/compose?to=peter%40example.com
 * - https://outlook.office.com/mail/deeplink/compose/AAMkAGI2TG93AAA%3D?popoutv2=1&version=20240101.01
 * Not a pop-out:
 * - https://outlook.office.com/mail/inbox (compose inside the reading pane)
 */
export function isOutlookPopout(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || !isOutlookApp(url)) return false;
  return parsed.pathname.includes('/deeplink/compose') || parsed.searchParams.has('popoutv2');
}
