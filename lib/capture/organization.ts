import { getDomain } from 'tldts';
import { FREE_MAIL_DOMAINS } from './lexicon';
import { readName } from './names';
import { cleanText, memoize } from './text';

/** Memoised: every address of a company shares its domain. */
const registrableDomain = memoize((host: string) => getDomain(host, { allowPrivateDomains: true }));

/** The registrable domain of a host or address, unless it is a free-mail provider. */
export function companyDomain(hostOrEmail: string | null | undefined): string | null {
  if (!hostOrEmail) return null;
  const host = hostOrEmail.includes('@') ? hostOrEmail.slice(hostOrEmail.lastIndexOf('@') + 1) : hostOrEmail;
  const domain = registrableDomain(host.toLowerCase());
  if (!domain || FREE_MAIL_DOMAINS.has(domain) || domain === 'localhost') return null;
  return domain;
}

/** Title segments that name the page, not who runs it. */
const GENERIC_SEGMENT =
  /^(?:home(?: ?page)?|welcome|contact(?: us)?|contacts?|about(?: us)?|our team|team|staff|people|leadership|speakers?|directory|profile|resume|cv|blog|news|index|main|резюме|профиль|главная|контакты|о компании|о нас|команда|наша команда|сотрудники|спикеры|руководство)$/iu;

function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The company's name from the page title: of "Contact us | Acme Corp" the segment that is not
 * generic, preferring the one that matches the domain, else the last (sites put their name last).
 */
export function organizationFromTitle(title: string, domain: string | null): string | null {
  const all = cleanText(title)
    .replace(/^(?:re|fwd?|ответ|пересл)\s*:\s*/iu, '')
    .split(/\s+[|–—·•:-]\s+|\s*[|–—·•]\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
  const segments = all.filter((s) => s.length <= 60 && !GENERIC_SEGMENT.test(s) && readName(s)?.evidence !== 'strong');
  if (segments.length === 0) return null;
  const label = domain ? letters(domain.split('.')[0] ?? '') : '';
  if (label.length >= 3) {
    const match = segments.find((s) => letters(s).includes(label) || label.includes(letters(s)));
    if (match) return match;
  }
  if (segments.length === 1) {
    const only = segments[0] ?? '';
    // A lone title is a page heading ("Ten tips for ...", "Quote request") unless a generic part
    // stood beside it ("Contacts — Acme") or there is no domain to doubt it with.
    if (all.length > 1) return only;
    return !domain && only.split(/\s+/).length <= 3 ? only : null;
  }
  return segments[segments.length - 1] ?? null;
}
