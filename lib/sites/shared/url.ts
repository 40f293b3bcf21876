/** URL parsing that never throws: content scripts see odd URLs (about:blank frames, blob:). */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
