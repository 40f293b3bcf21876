import type { CountryCode } from 'libphonenumber-js/max';
import { parse as parseDomain } from 'tldts';
import { explicitRegions, mayContainPhone, toRegion } from './phones';

/** Country-code TLDs whose region differs from the upper-cased TLD, or that are not a region. */
const TLD_REGION: Record<string, string> = { uk: 'GB', su: 'RU', рф: 'RU', бел: 'BY', укр: 'UA', қаз: 'KZ', eu: '', io: '', co: '', tv: '', me: '', ai: '', fm: '', ly: '', to: '', cc: '', ws: '' };
/** Languages spoken (nearly) in one phone region: the page's lang then says where it is. */
const LANG_REGION: Record<string, string> = { ru: 'RU', uk: 'UA', be: 'BY', kk: 'KZ', de: 'DE', fr: 'FR', it: 'IT', pl: 'PL', ja: 'JP', nl: 'NL', fi: 'FI', sv: 'SE', cs: 'CZ' };

const ADDRESS_CLUES: Array<[RegExp, CountryCode]> = [
  [/(?:Россия|Российская Федерация|Москва|Санкт-Петербург|г\.\s?[А-ЯЁ]|ул\.\s?[А-ЯЁ])/u, 'RU'],
  [/\b(?:United Kingdom|England|Scotland|Wales|Northern Ireland)\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/, 'GB'],
  [/\b(?:Canada|Ontario|Quebec|British Columbia|Alberta|Manitoba|Nova Scotia|Saskatchewan)\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b/, 'CA'],
  [/\b(?:USA|United States|[A-Z]{2} \d{5}(?:-\d{4})?)\b/, 'US'],
  [/\b(?:Deutschland|Germany)\b/, 'DE'],
];

/**
 * Any of the clues at all: one test per short line instead of five; the clues are then tried in
 * their order of preference only on a line that has one.
 */
const ANY_ADDRESS_CLUE = new RegExp(ADDRESS_CLUES.map(([re]) => `(?:${re.source})`).join('|'), 'u');

export function regionFromHost(host: string | null | undefined): CountryCode | undefined {
  if (!host) return undefined;
  const suffix = parseDomain(host).publicSuffix ?? '';
  const tld = suffix.split('.').pop() ?? '';
  if (tld in TLD_REGION) return toRegion(TLD_REGION[tld]);
  return tld.length === 2 ? toRegion(tld) : undefined;
}

export function regionFromLang(lang: string | null | undefined): CountryCode | undefined {
  if (!lang) return undefined;
  const [language, country] = lang.trim().replace('_', '-').split('-');
  return toRegion(country) ?? toRegion(LANG_REGION[(language ?? '').toLowerCase()]);
}

export interface RegionClues {
  host: string | null;
  lang: string | null;
  locale: string | undefined;
  /**
   * The page's lines; `mayHavePhone`, when given, is what mayContainPhone said of the line in the
   * caller's one pass of pre-filters (then it is not tested again here).
   */
  lines: ReadonlyArray<{ readonly text: string; readonly mayHavePhone?: boolean }>;
}

/**
 * The region for numbers written without a country code, from the strongest clue on the page:
 * a country TLD, a lang with a region ("en-GB"), numbers written internationally elsewhere on the
 * page, an address, a language spoken in one country; else the browser's locale; else US.
 * Also returns the other plausible regions to try a number in when it is invalid in the first.
 */
export function inferRegion(clues: RegionClues): { region: CountryCode; fallbacks: CountryCode[] } {
  const votes = new Map<CountryCode, number>();
  let address: CountryCode | undefined;
  let scanned = 0;
  for (const clue of clues.lines) {
    const line = clue.text;
    if (scanned > 4000) break;
    if (!address && line.length < 200 && ANY_ADDRESS_CLUE.test(line)) {
      for (const [re, region] of ADDRESS_CLUES) {
        if (re.test(line)) {
          address = region;
          break;
        }
      }
    }
    if ((clue.mayHavePhone ?? mayContainPhone(line)) && line.includes('+')) {
      scanned++;
      for (const r of explicitRegions(line)) votes.set(r, (votes.get(r) ?? 0) + 1);
    }
  }
  let voted: CountryCode | undefined;
  let best = 0;
  for (const [r, n] of votes) {
    if (n > best) {
      voted = r;
      best = n;
    }
  }
  const [, langCountry] = (clues.lang ?? '').split('-');
  const candidates = [
    regionFromHost(clues.host),
    langCountry ? regionFromLang(clues.lang) : undefined,
    voted,
    address,
    regionFromLang(clues.lang),
    regionFromLang(clues.locale),
    'US' as CountryCode,
  ].filter((r): r is CountryCode => !!r);
  const region = candidates[0] ?? 'US';
  const fallbacks: CountryCode[] = [];
  for (const r of candidates.slice(1)) if (r !== region && !fallbacks.includes(r)) fallbacks.push(r);
  return { region, fallbacks };
}
