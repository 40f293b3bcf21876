/** Zero-width and soft-hyphen characters that sites sprinkle into addresses to defeat scrapers. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Visible text of a line: invisible characters removed, runs of white space folded to one space. */
export function cleanText(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
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
