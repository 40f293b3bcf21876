/** Zero-width and soft-hyphen characters that sites sprinkle into addresses to defeat scrapers. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
// Only white space that changes: a run after a space, or any white space that is not a plain
// space. Matching every single space would make millions of no-op replacements on a big page.
const SPACES = / \s+|[^\S ]\s*/g;

// cleanText runs on every line of a page, so its tests are the ones V8 runs fastest over prose
// (measured in Chromium on 5 MB of text): a class of one range or a few rare characters is
// searched with SIMD (~0.7 ms), while a negated class like /[^\S ]/ tests every character (~9 ms)
// and so does a class mixing ranges with U+00A0 (~5 ms); U+00A0 is looked for with indexOf.
/** Invisible characters, and the control white space TAB, LF, VT, FF, CR. */
export const INVISIBLE_OR_CONTROL_CHARS = String.raw`\t-\r\u00ad\u200b-\u200f\u2060-\u2064\ufeff`;
const INVISIBLE_OR_CONTROL = new RegExp(`[${INVISIBLE_OR_CONTROL_CHARS}]`);
/** The white space above U+00FF (the rest of JavaScript's \s): never in a one-byte string. */
export const WIDE_SPACE_CHARS = String.raw`\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const WIDE_SPACE = new RegExp(`[${WIDE_SPACE_CHARS}]`);
// Two spaces: a regex, since includes('  ') restarts memchr at every single space (2x slower).
const DOUBLE_SPACE = / {2}/;

/** Visible text of a line: invisible characters removed, runs of white space folded to one space. */
export function cleanText(s: string): string {
  // The common case, plain text with single spaces, is checked with fast scans and returned as is.
  if (INVISIBLE_OR_CONTROL.test(s)) return trimSpace(s.replace(INVISIBLE, '').replace(SPACES, ' '));
  return WIDE_SPACE.test(s) ? trimSpace(s.replace(SPACES, ' ')) : cleanPlainText(s);
}

/**
 * cleanText of a string the caller has already found free of invisible, control and wide-space
 * characters (the page scan tests for them together with other rare characters, in one pass).
 */
export function cleanPlainText(s: string): string {
  return trimSpace(s.indexOf('\u00a0') >= 0 || DOUBLE_SPACE.test(s) ? s.replace(SPACES, ' ') : s);
}

/** After folding, the only white space left is single spaces: trim only when one is at an end. */
function trimSpace(v: string): string {
  return v.length && (v.charCodeAt(0) === 32 || v.charCodeAt(v.length - 1) === 32) ? v.trim() : v;
}

/** Pushes a value once, keeping first-seen order (arrays stay small, so a scan is fine). */
export function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/**
 * Memoises a pure function of a string. A page repeats the same addresses and domains (a mailto
 * link and its text, one company domain on every card), and tldts costs microseconds per call.
 * The table is emptied when full, so a hostile page cannot grow it without bound.
 */
export function memoize<T>(fn: (key: string) => T, max = 4096): (key: string) => T {
  const table = new Map<string, T>();
  return (key: string): T => {
    const hit = table.get(key);
    if (hit !== undefined || table.has(key)) return hit as T;
    if (table.size >= max) table.clear();
    const value = fn(key);
    table.set(key, value);
    return value;
  };
}

/** decodeURIComponent that returns the input instead of throwing on a malformed escape. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
