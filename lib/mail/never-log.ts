/**
 * Which addresses of an email may be logged: the never-log list (addresses and whole domains), the
 * rep's own company domains, and the rep's own mailbox domain when it is a company one (colleagues).
 */
import type { MailAddress, Settings } from '../model';

import { FREE_MAIL_DOMAINS } from '../model/free-mail';

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function coveredBy(domain: string, entry: string): boolean {
  return domain === entry || domain.endsWith(`.${entry}`);
}

export function buildNeverLog(settings: Settings, mailbox: string) {
  const addresses = new Set<string>();
  const domains: string[] = [];
  for (const raw of settings.neverLog) {
    const entry = raw.trim().toLowerCase().replace(/^@/, '');
    if (!entry) continue;
    if (entry.includes('@')) addresses.add(entry);
    else domains.push(entry);
  }
  domains.push(...settings.webmail.ownDomains.map((domain) => domain.trim().toLowerCase()).filter(Boolean));
  const own = mailbox.includes('@') ? domainOf(mailbox) : '';
  if (own && !FREE_MAIL_DOMAINS.has(own)) domains.push(own);
  const mailboxAddress = mailbox.trim().toLowerCase();
  return (address: MailAddress): boolean => {
    const email = address.email.toLowerCase();
    if (email === mailboxAddress || addresses.has(email)) return true;
    const domain = domainOf(email);
    return domains.some((entry) => coveredBy(domain, entry));
  };
}
