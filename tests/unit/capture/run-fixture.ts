import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../../../lib/capture/index';
import { decodeHtmlBytes, toCaptureLine } from '../../../lib/capture/saved-page';
import type { CaptureLine } from '../../../lib/capture/saved-page';

// vitest runs from the repository root; import.meta.url is not a file: URL under happy-dom.
export const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'capture');

/** Context a fixture page is captured with; kept in its expected file beside the result. */
export interface FixtureContext {
  url?: string;
  locale?: string;
}

/** Reads a saved fixture page the way the command line does and captures it. */
export function captureFixture(name: string, context: FixtureContext): CaptureLine {
  const { html } = decodeHtmlBytes(new Uint8Array(readFileSync(join(FIXTURES, name))));
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return toCaptureLine(name, extractPage(doc, context));
}
