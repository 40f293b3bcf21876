import type { MailProvider } from './mail';

/** The hosts each webmail provider serves its app from (the content scripts' match patterns). */
export const MAIL_PROVIDER_HOSTS: Readonly<Record<MailProvider, readonly string[]>> = {
  gmail: ['mail.google.com'],
  outlook: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
  yandex: ['mail.yandex.ru', 'mail.yandex.com', 'mail.yandex.by', 'mail.yandex.kz'],
  mailru: ['e.mail.ru', 'octavius.mail.ru'],
};

/** Which webmail a page belongs to, if any. */
export function mailProviderOf(url: string | undefined): MailProvider | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  for (const [provider, hosts] of Object.entries(MAIL_PROVIDER_HOSTS) as Array<[MailProvider, readonly string[]]>) {
    if (hosts.includes(host)) return provider;
  }
  return null;
}
