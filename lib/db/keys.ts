/**
 * Index keys derived from records. They are stored beside the model fields so IndexedDB can find a
 * person by phone, profile or a search prefix; they are recomputed on every write and never exported.
 */
import type { Company, Person } from '../model';

export interface PersonKeys {
  phoneKeys: string[];
  profileKeys: string[];
  searchTokens: string[];
}

/** A profile URL reduced to what identifies the account: host without www, path without a trailing slash. */
export function profileKey(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase().replace(/^(www\.|m\.|mobile\.)/, '');
    const path = decodeURIComponent(parsed.pathname).toLowerCase().replace(/\/+$/, '');
    return `${host}${path}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Words of a text, lower-cased, ё folded into е so «Семёнов» is found by «семенов». */
export function words(text: string | undefined): string[] {
  if (!text) return [];
  return (text.toLowerCase().replaceAll('ё', 'е').match(WORD_RE) ?? []).filter((word) => word.length > 0);
}

/** A stored person without its index keys: the model record. */
export function withoutKeys<T extends PersonKeys>(record: T): Omit<T, keyof PersonKeys> {
  const { phoneKeys: _phones, profileKeys: _profiles, searchTokens: _tokens, ...person } = record;
  return person;
}

export function personKeys(person: Person, company?: Pick<Company, 'name' | 'domain'>): PersonKeys {
  const tokens = new Set<string>();
  for (const word of words(person.fullName)) tokens.add(word);
  for (const word of words(person.jobTitle)) tokens.add(word);
  for (const email of person.emails) {
    tokens.add(email);
    for (const word of words(email)) tokens.add(word);
  }
  for (const phone of person.phones) {
    const digits = phone.e164.slice(1);
    tokens.add(digits);
    // Reps type the national number (4951234567) as often as the international one (74951234567).
    for (const length of [10, 7]) if (digits.length > length) tokens.add(digits.slice(-length));
  }
  for (const tag of person.tags) for (const word of words(tag)) tokens.add(word);
  if (company) {
    for (const word of words(company.name)) tokens.add(word);
    if (company.domain) {
      tokens.add(company.domain);
      for (const word of words(company.domain)) tokens.add(word);
    }
  }
  return {
    phoneKeys: [...new Set(person.phones.map((phone) => phone.e164))],
    profileKeys: [...new Set(person.profiles.map((profile) => profileKey(profile.url)))],
    searchTokens: [...tokens],
  };
}
