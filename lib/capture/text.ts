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
const INVISIBLE_OR_CONTROL = /[\t-\r\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;
/** The white space above U+00FF (the rest of JavaScript's \s): never in a one-byte string. */
const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
// Two spaces: a regex, since includes('  ') restarts memchr at every single space (2x slower).
const DOUBLE_SPACE = / {2}/;

/** Visible text of a line: invisible characters removed, runs of white space folded to one space. */
export function cleanText(s: string): string {
  // The common case, plain text with single spaces, is checked with fast scans and returned as is.
  let v = s;
  if (INVISIBLE_OR_CONTROL.test(v)) {
    v = v.replace(INVISIBLE, '').replace(SPACES, ' ');
  } else if (v.indexOf('\u00a0') >= 0 || WIDE_SPACE.test(v) || DOUBLE_SPACE.test(v)) {
    v = v.replace(SPACES, ' ');
  }
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
