/** Zero-width and soft-hyphen characters that sites sprinkle into addresses to defeat scrapers. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
const INVISIBLE_TEST = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/;
// Only white space that changes: a run after a space, or any white space that is not a plain
// space. Matching every single space would make millions of no-op replacements on a big page.
const SPACES = / \s+|[^\S ]\s*/g;
const ODD_SPACE = /[^\S ]/;

/** Visible text of a line: invisible characters removed, runs of white space folded to one space. */
export function cleanText(s: string): string {
  // The common case, plain text with single spaces, is checked with fast scans and returned as is.
  let v = s;
  if (INVISIBLE_TEST.test(v)) v = v.replace(INVISIBLE, '');
  if (v.includes('  ') || ODD_SPACE.test(v)) v = v.replace(SPACES, ' ');
  return v.length && (v.charCodeAt(0) === 32 || v.charCodeAt(v.length - 1) === 32) ? v.trim() : v;
}

/** Pushes a value once, keeping first-seen order (arrays stay small, so a scan is fine). */
export function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** decodeURIComponent that returns the input instead of throwing on a malformed escape. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
