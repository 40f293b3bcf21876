import { findNumbers, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { phoneToText } from '../model/phone-text';
import type { NormalizedPhone } from './types';
import { cleanText } from './text';

/** Russian "доб." and a few other extension markers libphonenumber does not read by itself. */
function prepareRaw(raw: string): string {
  return cleanText(raw).replace(/\bдоб(?:\.|авочный)?\s*/giu, ' ext. ').replace(/\bвн\.\s*/giu, ' ext. ');
}

export function toRegion(code: string | undefined | null): CountryCode | undefined {
  if (!code) return undefined;
  const up = code.toUpperCase() === 'UK' ? 'GB' : code.toUpperCase();
  return isSupportedCountry(up) ? up : undefined;
}

function fromParsed(p: PhoneNumber, raw: string): NormalizedPhone {
  return p.ext ? { e164: p.number, ext: p.ext, raw } : { e164: p.number, raw };
}

/**
 * Parses one phone as written (a tel: link or a field of structured data) into E.164, trying the
 * given region for national numbers. Returns null when it is not a valid number (max metadata).
 */
export function normalizePhone(raw: string, defaultRegion?: string): NormalizedPhone | null {
  const text = prepareRaw(raw.replace(/^tel:/i, '').replace(/^callto:/i, ''));
  if (!/\d/.test(text) || text.length > 60) return null;
  const region = toRegion(defaultRegion);
  const p = parsePhoneNumberFromString(text, region ? { defaultCountry: region } : {});
  if (!p || !p.isValid()) return null;
  return fromParsed(p, raw);
}

/** "+74951234567;ext=204": the form results carry. */
export function formatPhone(p: NormalizedPhone): string {
  return phoneToText(p);
}

/** Words right before a number that make it an identifier, an account or an order, not a phone. */
const NOT_PHONE_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:инн|огрн(?:ип)?|кпп|бик|окпо|оквэд|октмо|р\/с|к\/с|сч[её]т\p{L}*|сч\.|л\/с|арт(?:икул)?\.?|заказ\p{L}*|накладн\p{L}*|order|invoice|inv|sku|isbn|issn|ein|tin|vat|reg|id|код|account|acct|№|ref|policy|lic(?:ense)?|usdot|mc)\s*(?:no\.?|number|num\.?|№)?\s*[:#№.]?\s*$/iu;
const CURRENCY_BEFORE = /[$€£₽¥]\s*$/u;
const CURRENCY_AFTER = /^\s*(?:руб|р\.|₽|\$|€|£|usd|eur|rub|gbp|тыс|млн|%)/iu;
const PHONE_WORD = /(?:tel|phone|fax|call|mob|cell|тел|моб|факс|звон|whatsapp|viber|telegram|☎|📞)/iu;

/** A cheap test run on every line first: a phone needs at least seven digits close together. */
const MAY_HAVE_PHONE = /\d[\d\s().\u2010-\u2015-]{5,}\d/u;
export function mayContainPhone(line: string): boolean {
  return MAY_HAVE_PHONE.test(line);
}

/**
 * Phones in a line of visible text. National numbers are read in `region`, and when they are not
 * valid there, in each of `fallbacks` in turn (the locale, regions seen elsewhere on the page).
 */
export function findPhonesInText(line: string, region: CountryCode, fallbacks: CountryCode[] = []): NormalizedPhone[] {
  if (!mayContainPhone(line)) return [];
  const text = prepareRaw(line);
  const out: NormalizedPhone[] = [];
  const seen = new Set<string>();
  const tried = [region, ...fallbacks.filter((r) => r !== region)];
  const covered: Array<[number, number]> = [];
  for (const r of tried) {
    for (const m of findNumbers(text, { defaultCountry: r, v2: true })) {
      if (covered.some(([a, b]) => m.startsAt < b && m.endsAt > a)) continue;
      const written = text.slice(m.startsAt, m.endsAt);
      const before = text.slice(Math.max(0, m.startsAt - 24), m.startsAt);
      const after = text.slice(m.endsAt, m.endsAt + 8);
      if (NOT_PHONE_BEFORE.test(before) || CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) continue;
      // A bare run of digits (an INN, a bank account, an order number) is a phone only when the
      // line says so; people write phones with separators.
      if (/^\d+$/.test(written.replace(/\s*ext\..*$/, '')) && !PHONE_WORD.test(text)) continue;
      // A dotted date or a decimal glued to the number is not a phone either.
      if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(written)) continue;
      covered.push([m.startsAt, m.endsAt]);
      const key = formatPhone(fromParsed(m.number, written));
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(fromParsed(m.number, written));
    }
  }
  return out;
}

/** The calling region of numbers written with a "+" in this line, to vote on the page's region. */
export function explicitRegions(line: string): CountryCode[] {
  const out: CountryCode[] = [];
  if (!line.includes('+')) return out;
  for (const m of findNumbers(prepareRaw(line), { v2: true })) {
    const c = m.number.country;
    if (c) out.push(c);
  }
  return out;
}
