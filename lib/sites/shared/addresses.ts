import type { MailAddress } from '../../model/mail';

// Deliberately strict: the background rejects a whole record for one malformed address, so text
// that is not plainly an address (a half-typed "bob@") is left out rather than sent.
const EMAIL = /[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,63}/i;
const EMAIL_ONLY = new RegExp(`^${EMAIL.source}$`, 'i');

/** The first email address inside text, lower-cased, or undefined. */
export function findEmail(text: string | null | undefined): string | undefined {
  const match = text ? EMAIL.exec(text) : null;
  return match ? match[0].toLowerCase() : undefined;
}

export function isEmail(text: string): boolean {
  return EMAIL_ONLY.test(text.trim());
}

function cleanName(name: string | null | undefined, email: string): string | undefined {
  const cleaned = (name ?? '').replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
  if (!cleaned || cleaned.toLowerCase() === email || isEmail(cleaned)) return undefined;
  return cleaned;
}

export function address(email: string, name?: string | null): MailAddress {
  const normal = email.trim().toLowerCase();
  const display = cleanName(name, normal);
  return display ? { name: display, email: normal } : { email: normal };
}

/** Parses `Name <email>`, `"Name" <email>`, `email (Name)` or a bare address. */
export function parseAddress(text: string | null | undefined): MailAddress | undefined {
  if (!text) return undefined;
  const email = findEmail(text);
  if (!email) return undefined;
  const angle = /^(.*?)<\s*[^<>]+@[^<>]+>/.exec(text.trim());
  if (angle) return address(email, angle[1]);
  const paren = /\(([^()]+)\)\s*$/.exec(text.trim());
  if (paren && !findEmail(paren[1])) return address(email, paren[1]);
  return address(email);
}

/**
 * Addresses typed into a recipient box but not yet turned into chips: providers send these too,
 * so a capture that ignored them would miss the recipient a rep typed last before pressing Send.
 */
export function parseTyped(text: string | null | undefined): MailAddress[] {
  if (!text) return [];
  const out: MailAddress[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    const parsed = parseAddress(part);
    if (parsed) out.push(parsed);
  }
  return out;
}

/** Reads one recipient chip or sender element from the attributes the provider puts on it. */
export function addressFromElement(
  el: Element,
  emailAttrs: readonly string[],
  nameAttrs: readonly string[],
): MailAddress | undefined {
  let email: string | undefined;
  for (const attr of emailAttrs) {
    email = findEmail(el.getAttribute(attr));
    if (email) break;
  }
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!email) {
    const parsed = parseAddress(text);
    if (!parsed) return undefined;
    email = parsed.email;
    if (parsed.name) return parsed;
  }
  for (const attr of nameAttrs) {
    const name = el.getAttribute(attr);
    if (name && cleanName(name, email)) return address(email, name);
  }
  return address(email, text.replace(/<[^<>]*>/g, '').replace(findEmail(text) ?? '\u0000', ''));
}

/** Keeps the first occurrence of each address (a chip and a typed copy of the same address count once). */
export function uniqueAddresses(list: readonly MailAddress[]): MailAddress[] {
  const seen = new Set<string>();
  const out: MailAddress[] = [];
  for (const item of list) {
    if (seen.has(item.email)) continue;
    seen.add(item.email);
    out.push(item);
  }
  return out;
}
