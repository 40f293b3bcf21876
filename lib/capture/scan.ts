import { DOT_WORD, EMAIL_MARK_CHARS, decodeCfEmail, emailsFromMailto, emailsFromWebmailLink, mayContainEmail } from './emails';
import { mayContainPhone } from './phones';
import { classifyParsedUrl } from './profiles';
import type { ProfileLink } from './types';
import { INVISIBLE_OR_CONTROL_CHARS, WIDE_SPACE_CHARS, cleanPlainText, cleanText } from './text';

/** A run of visible text inside one block element, ended by the block's end or a <br>. */
export interface Line {
  text: string;
  block: Element;
  /** The line's text nodes, cleaned, for short lines: inline elements styled as blocks. */
  parts: string[];
  /** mayContainPhone(text): the pre-filters run once, here, for every later reader. */
  mayHavePhone: boolean;
  /** mayContainEmail(text). */
  mayHaveEmail: boolean;
}

/**
 * One test for every rare character a line's cleaning or its e-mail pre-filter cares about:
 * invisible, control and wide white space, "@" and brackets, a worded dot. V8 runs a regex whose
 * first characters form a small set with SIMD: over 5 MB of prose this costs what one of its parts
 * alone does (~1 ms), where testing them one by one cost ~3 ms. Most lines fail it, and then they
 * need no cleaning but of spaces and hold no address. (The phone pre-filter stays apart: joined
 * to this alternation it made the whole test ten times slower.)
 */
const RARE = new RegExp(`[${INVISIBLE_OR_CONTROL_CHARS}${WIDE_SPACE_CHARS}${EMAIL_MARK_CHARS}]|${DOT_WORD.source}`, 'i');
const NO_PARTS: string[] = [];

export interface ElementHit<T> {
  value: T;
  el: Element;
  /** Index of the line the element's text belongs to (or the next one), for ordering in a block. */
  line: number;
}

export interface ScanResult {
  lines: Line[];
  emails: ElementHit<string>[];
  /** tel: links, parsed later once the page's region is known. */
  tels: ElementHit<string>[];
  profiles: ElementHit<ProfileLink>[];
  vcards: string[];
  jsonLd: string[];
  truncated: boolean;
}

export interface ScanLimits {
  /** Visible characters read at most; the rest of a huge page is skipped, not frozen on. */
  maxChars: number;
  maxNodes: number;
}

export const DEFAULT_LIMITS: ScanLimits = { maxChars: 12_000_000, maxNodes: 1_500_000 };

/**
 * Inline elements: their text flows into the surrounding block's line. Anything else is a block.
 * Compared by localName: tagName is upper-cased on every read, which costs ten times more.
 */
const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr',
]);
/** Elements whose text is not visible page content. */
const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option', 'select', 'title', 'head', 'svg']);

function blockOf(el: Element): Element {
  let cur: Element = el;
  for (let i = 0; i < 12 && INLINE.has(cur.localName); i++) {
    const parent = cur.parentElement;
    if (!parent) break;
    cur = parent;
  }
  return cur;
}

/**
 * "http://" or "https://" then the host: the base cannot change such an address (a scheme alone,
 * "http:path", would still be read against a base of the same scheme, so the slashes are needed).
 */
const ABSOLUTE_HTTP = /^https?:\/\//i;

/**
 * `baseIsValid`: the base parses (or is absent). new URL(href, base) parses the base string again
 * on every call, half the cost of a link; with a valid base, an absolute href resolves the same
 * without it. (An invalid base makes every call throw, so then it is always passed.)
 */
function resolveUrl(href: string, base: string | undefined, baseIsValid: boolean): URL | null {
  try {
    return baseIsValid && ABSOLUTE_HTTP.test(href) ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * The one pass over the DOM: a TreeWalker over elements and text in document order. Text is
 * gathered into lines per block; links, Cloudflare-protected addresses and JSON-LD scripts are
 * collected as they pass. Nothing else walks the document again.
 */
export function scanDocument(root: Document | Element, baseUrl: string | undefined, limits: ScanLimits = DEFAULT_LIMITS): ScanResult {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument ?? null);
  const out: ScanResult = { lines: [], emails: [], tels: [], profiles: [], vcards: [], jsonLd: [], truncated: false };
  if (!doc) return out;
  const start: Node = root.nodeType === 9 ? ((root as Document).documentElement ?? root) : root;
  // 1 | 4 = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT (the global is absent outside a window).
  const walker = doc.createTreeWalker(start, 1 | 4);
  let parts: string[] = [];
  let block: Element | null = null;
  let chars = 0;
  let lastParent: Element | null = null;
  let lastBlock: Element = start as Element;
  let lastSkip = false;
  let nodes = 0;
  // Cloudflare-protected addresses are rare: one selector query (native, well under a millisecond)
  // spares a getAttribute on every element of pages that have none.
  const baseIsValid = baseUrl === undefined || resolveUrl(baseUrl, undefined, false) !== null;
  const hasCf =
    (start.nodeType === 1 && (start as Element).hasAttribute('data-cfemail')) || (start as ParentNode).querySelector('[data-cfemail]') !== null;
  const flush = (): void => {
    if (block && parts.length) {
      const raw = parts.length === 1 ? (parts[0] as string) : parts.join('');
      const rare = RARE.test(raw);
      const text = rare ? cleanText(raw) : cleanPlainText(raw);
      if (text) {
        const pieces = parts.length > 1 && text.length <= 300 ? parts.map(cleanText).filter(Boolean) : NO_PARTS;
        // Without a rare character the line has no "@", bracket or worded dot, so no address.
        out.lines.push({ text, block, parts: pieces, mayHavePhone: mayContainPhone(text), mayHaveEmail: rare && mayContainEmail(text) });
      }
    }
    parts = [];
  };
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (++nodes > limits.maxNodes || chars > limits.maxChars) {
      out.truncated = true;
      break;
    }
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (!parent) continue;
      const data = (node as Text).data;
      if (data.length === 0) continue;
      // Sibling text nodes share a parent: its block and visibility are known from the last one.
      if (parent !== lastParent) {
        lastParent = parent;
        // localName is read once: each read is a call into the DOM.
        const name = parent.localName;
        lastSkip = SKIP_TEXT.has(name);
        lastBlock = lastSkip || !INLINE.has(name) ? parent : blockOf(parent);
      }
      if (lastSkip) continue;
      const b = lastBlock;
      if (b !== block) {
        flush();
        block = b;
      }
      chars += data.length;
      parts.push(data);
      continue;
    }
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'script') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) out.jsonLd.push(el.textContent ?? '');
      continue;
    }
    const lineHint = out.lines.length;
    const cf = hasCf ? el.getAttribute('data-cfemail') : null;
    if (cf) {
      const e = decodeCfEmail(cf);
      if (e) out.emails.push({ value: e, el, line: lineHint });
    }
    if (tag !== 'a' && tag !== 'area') continue;
    const href = el.getAttribute('href');
    if (!href || href.length > 4000) continue;
    const lower = href.trimStart().slice(0, 12).toLowerCase();
    if (lower.startsWith('mailto:')) {
      for (const e of emailsFromMailto(href.trim())) out.emails.push({ value: e, el, line: lineHint });
    } else if (lower.startsWith('tel:') || lower.startsWith('callto:')) {
      out.tels.push({ value: href.trim(), el, line: lineHint });
    } else {
      const url = resolveUrl(href.trim(), baseUrl, baseIsValid);
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
      if (url.pathname.includes('/cdn-cgi/l/email-protection')) {
        const e = decodeCfEmail(url.hash.slice(1));
        if (e) out.emails.push({ value: e, el, line: lineHint });
        continue;
      }
      if (/\.vcf$/i.test(url.pathname)) {
        if (!out.vcards.includes(url.href)) out.vcards.push(url.href);
        continue;
      }
      const webmail = emailsFromWebmailLink(url);
      if (webmail.length) {
        for (const e of webmail) out.emails.push({ value: e, el, line: lineHint });
        continue;
      }
      const profile = classifyParsedUrl(url);
      if (profile && profile.network !== 'website') out.profiles.push({ value: profile, el, line: lineHint });
    }
  }
  flush();
  return out;
}
