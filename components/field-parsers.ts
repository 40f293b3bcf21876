/**
 * Turns what the rep typed into a field's value, or a message saying what to fix. The background
 * validates again; these catch mistakes before a round trip and explain them in the rep's language.
 */
import { t } from '../lib/i18n';
import type { Phone, Profile, ProfileNetwork } from '../lib/model/common';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T,>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T,>(message: string): Parsed<T> => ({ ok: false, message });

export function requiredText(max: number) {
  return (draft: string): Parsed<string> => {
    const value = draft.trim();
    if (!value) return fail(t('cardErrorRequired'));
    if (value.length > max) return fail(t('cardErrorTooLong', max));
    return ok(value);
  };
}

export function optionalText(max: number) {
  return (draft: string): Parsed<string> => {
    const value = draft.trim();
    return value.length > max ? fail(t('cardErrorTooLong', max)) : ok(value);
  };
}

/** Comma- or line-separated items, trimmed, empty ones and repeats dropped. */
export function splitList(draft: string): string[] {
  return [...new Set(draft.split(/[,;\n]/).map((item) => item.trim()).filter(Boolean))];
}

export function parseTags(draft: string): Parsed<string[]> {
  const tags = splitList(draft);
  const long = tags.find((tag) => tag.length > 60);
  return long ? fail(t('cardErrorTagTooLong', long)) : ok(tags);
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/u;

export function parseEmails(draft: string): Parsed<string[]> {
  // Lower-cased before repeats are dropped: A@x.com and a@x.com are one address.
  const emails = [...new Set(splitList(draft).map((email) => email.toLowerCase()))];
  const bad = emails.find((email) => !EMAIL_RE.test(email));
  return bad ? fail(t('cardErrorEmail', bad)) : ok(emails);
}

/**
 * Phones written with their country code: "+7 (495) 123-45-67 доб. 204" → +74951234567 ext 204.
 * The raw text is kept as typed. Numbers without a country code are refused, not guessed.
 */
export function parsePhones(draft: string, previous: readonly Phone[] = []): Parsed<Phone[]> {
  const phones: Phone[] = [];
  for (const raw of splitList(draft)) {
    const known = previous.find((phone) => phone.raw === raw);
    if (known) {
      phones.push(known);
      continue;
    }
    const match = /^(.*?)(?:\s*(?:ext\.?|x|доб\.?|#)\s*(\d{1,8}))?$/iu.exec(raw);
    const main = match?.[1] ?? raw;
    const ext = match?.[2];
    const digits = main.replace(/[^\d+]/g, '');
    if (!/^\+[1-9]\d{6,14}$/.test(digits)) return fail(t('cardErrorPhone', raw));
    phones.push({ e164: digits, raw, ...(ext ? { ext } : {}) });
  }
  return ok(phones);
}

const NETWORKS: Array<[RegExp, ProfileNetwork]> = [
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/(^|\.)(vk\.com|vk\.ru)$/, 'vk'],
  [/(^|\.)(t\.me|telegram\.me)$/, 'telegram'],
  [/(^|\.)(wa\.me|whatsapp\.com)$/, 'whatsapp'],
  [/(^|\.)(x\.com|twitter\.com)$/, 'x'],
  [/(^|\.)facebook\.com$/, 'facebook'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)github\.com$/, 'github'],
  [/(^|\.)hh\.ru$/, 'hhru'],
  [/(^|\.)ok\.ru$/, 'okru'],
];

export function networkOf(url: URL): ProfileNetwork {
  const host = url.hostname.toLowerCase();
  return NETWORKS.find(([pattern]) => pattern.test(host))?.[1] ?? 'website';
}

export function parseProfiles(draft: string): Parsed<Profile[]> {
  const profiles: Profile[] = [];
  for (const item of splitList(draft)) {
    let url: URL;
    try {
      url = new URL(/^[a-z]+:\/\//i.test(item) ? item : `https://${item}`);
    } catch {
      return fail(t('cardErrorUrl', item));
    }
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) return fail(t('cardErrorUrl', item));
    profiles.push({ network: networkOf(url), url: url.href });
  }
  return ok(profiles);
}

/** An amount: digits with spaces or commas as the rep writes them ("1 500 000", "1500,50"). */
export function parseAmount(draft: string): Parsed<number | undefined> {
  const compact = draft.replace(/[\s\u00a0\u202f]/g, '');
  if (!compact) return ok(undefined);
  const normalised = /,\d{1,2}$/.test(compact) ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  const value = Number(normalised);
  if (!Number.isFinite(value) || value < 0) return fail(t('cardErrorAmount'));
  return ok(value);
}

export function parseCurrency(draft: string): Parsed<string> {
  const value = draft.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(value) ? ok(value) : fail(t('cardErrorCurrency'));
}
