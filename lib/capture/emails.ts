import { parse as parseDomain } from 'tldts';
import { PLACEHOLDER_EMAIL_DOMAINS, PLACEHOLDER_EMAIL_LOCALS } from './lexicon';
import { cleanText, memoize, safeDecode } from './text';

/** File endings that follow an "@" in asset names ("logo@2x.png"), never a mail domain. */
const ASSET_ENDINGS = /\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|css|js|mjs|json|map|woff2?|ttf|eot|mp4|webm|pdf)$/;
const LOCAL_RE = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL_RE = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** What normalizeEmail needs of tldts, per domain (memoised: one company domain recurs). */
const domainInfo = memoize((domain: string) => {
  const info = parseDomain(domain, { allowPrivateDomains: true });
  return { domain: info.domain, isIp: info.isIp, publicSuffix: info.publicSuffix, isIcann: info.isIcann, isPrivate: info.isPrivate };
});

/**
 * Lower-cases and validates one address: strips "mailto:", a query, invisible characters, angle
 * brackets and trailing punctuation; rejects asset names, placeholders and unknown TLDs.
 * Returns null when what is left is not a plausible real address.
 */
export const normalizeEmail = memoize(normalizeEmailOnce);

function normalizeEmailOnce(s: string): string | null {
  let v = cleanText(safeDecode(s)).toLowerCase();
  v = v.replace(/^mailto:/, '').split('?')[0] ?? '';
  v = v.replace(/^[\s<("'[]+|[\s>)"'\].,;:!]+$/g, '');
  if (v.length > 254) return null;
  const at = v.lastIndexOf('@');
  if (at <= 0 || at !== v.indexOf('@')) return null;
  const local = v.slice(0, at);
  const domain = v.slice(at + 1);
  if (local.length > 64 || !LOCAL_RE.test(local)) return null;
  if (ASSET_ENDINGS.test(domain)) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL_RE.test(l))) return null;
  const info = domainInfo(domain);
  // isIcann is false for a made-up suffix: "2x.png" has no registry behind it.
  if (!info.domain || info.isIp || !info.publicSuffix) return null;
  if (!info.isIcann && !info.isPrivate) return null;
  if (PLACEHOLDER_EMAIL_DOMAINS.has(domain) || PLACEHOLDER_EMAIL_DOMAINS.has(info.domain)) return null;
  if (PLACEHOLDER_EMAIL_LOCALS.has(local) && /example|domain|site|company/.test(domain)) return null;
  if (PLACEHOLDER_EMAIL_LOCALS.has(local) && ['you', 'your', 'yourname', 'name', 'username'].includes(local)) return null;
  return `${local}@${domain}`;
}

// The disguised separators: "[at]", "(at)", "{at}", " at ", "собака", and the same for dots.
const AT = String.raw`(?:\s*@\s*|\s*[\[({<]\s*(?:at|собака|@)\s*[\])}>]\s*|\s+(?:at|собака)\s+)`;
const DOT = String.raw`(?:\.|\s*[\[({<]\s*(?:dot|точка|\.)\s*[\])}>]\s*|\s+(?:dot|точка)\s+)`;
const LOCAL = String.raw`[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
/** An address, written plainly or disguised, inside running text. */
const EMAIL_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}_%+.-])(${LOCAL})${AT}(${LABEL}(?:${DOT}${LABEL})*${DOT}\\p{L}{2,24})(?![\\p{L}\\p{N}-])`, 'giu');
const DOT_SPLIT = new RegExp(DOT, 'iu');
const WORD_AT = /(?:^|[\s[({<])(?:at|собака)(?:$|[\s\])}>])/i;
/**
 * Without an "@" an address needs a bracketed "at" or, spelled in words, a worded dot ("info at
 * firm dot com"): findEmailsInText drops a bare "at" with plain dots. So a line with neither of
 * these marks has no address, and both tests are ones V8 runs with SIMD (a few rare characters;
 * a short literal), unlike the "at" word test below, which stops at every "a" of the prose.
 */
export const EMAIL_MARK_CHARS = '@[({<';
const EMAIL_MARK = new RegExp(`[${EMAIL_MARK_CHARS}]`);
export const DOT_WORD = /dot|точка/i;

/** A cheap test run on every line before the full pattern: most lines have no address at all. */
export function mayContainEmail(line: string): boolean {
  if (!EMAIL_MARK.test(line) && !DOT_WORD.test(line)) return false;
  if (line.includes('@')) return true;
  // Plain substring scans first: the pattern only runs on lines that have an "at" of some kind.
  const hint = line.includes('at') || line.includes('AT') || line.includes('собака');
  return hint && WORD_AT.test(line);
}

/** All addresses in a line of visible text, normalised, in order. */
export function findEmailsInText(line: string): string[] {
  const out: string[] = [];
  if (!mayContainEmail(line)) return out;
  EMAIL_IN_TEXT.lastIndex = 0;
  for (const m of line.matchAll(EMAIL_IN_TEXT)) {
    const local = m[1] ?? '';
    const domainRaw = m[2] ?? '';
    // A bare word "at" ("available at amazon.com") is prose far more often than a disguise, so it
    // only counts when the dots are disguised too ("info at firm dot com").
    const bareAt = !m[0].includes('@') && !/[[({<]\s*(?:at|собака)/iu.test(m[0]);
    if (bareAt && !/\s(?:dot|точка)\s|[[({<]\s*(?:dot|точка|\.)/iu.test(domainRaw)) continue;
    const domain = domainRaw.split(DOT_SPLIT).join('.');
    const email = normalizeEmail(`${local}@${domain}`);
    if (email && !out.includes(email)) out.push(email);
  }
  return out;
}

/** Cloudflare's email protection: hex bytes, the first one the XOR key of the rest. */
export function decodeCfEmail(hex: string): string | null {
  if (!/^[0-9a-f]{4,400}$/i.test(hex) || hex.length % 2 !== 0) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  const bytes: number[] = [];
  for (let i = 2; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16) ^ key);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  return normalizeEmail(text);
}

/**
 * Addresses in a mailto: href: several, comma- or semicolon-separated, URL-encoded, with "?to=",
 * "&cc=" headers as well.
 */
export function emailsFromMailto(href: string): string[] {
  const body = href.replace(/^mailto:/i, '');
  const q = body.indexOf('?');
  const parts = (q >= 0 ? body.slice(0, q) : body).split(/[,;]/);
  if (q >= 0) {
    for (const kv of body.slice(q + 1).split('&')) {
      const [k, v] = kv.split('=');
      if (v && /^(?:to|cc|bcc)$/i.test(k ?? '')) parts.push(...safeDecode(v).split(/[,;]/));
    }
  }
  const out: string[] = [];
  for (const p of parts) {
    const e = normalizeEmail(safeDecode(p));
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
}

/** Webmail compose links: Gmail (to=), Mail.ru (mailto=), Yandex (to=), Outlook (to=). */
export function emailsFromWebmailLink(url: URL): string[] {
  const host = url.hostname.toLowerCase();
  let keys: string[] = [];
  if (host === 'mail.google.com') keys = ['to'];
  else if (host === 'e.mail.ru' || host === 'touch.mail.ru') keys = ['mailto', 'to'];
  else if (host === 'mail.yandex.ru' || host === 'mail.yandex.com') keys = ['to'];
  else if (host === 'outlook.live.com' || host === 'outlook.office.com') keys = ['to'];
  const out: string[] = [];
  for (const k of keys) {
    for (const v of url.searchParams.getAll(k)) {
      const list = v.toLowerCase().startsWith('mailto:') ? emailsFromMailto(v) : v.split(/[,;]/).map((x) => normalizeEmail(x));
      for (const e of list) if (e && !out.includes(e)) out.push(e);
    }
  }
  return out;
}
