import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaptureLine } from '../../../lib/capture/saved-page';
import { captureFixture, FIXTURES } from './run-fixture';
import type { FixtureContext } from './run-fixture';

interface Expected {
  context: FixtureContext;
  result: CaptureLine;
}

const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).toSorted();

describe('capture fixtures: each page gives exactly its expected record', () => {
  it('has at least 25 hand-written pages, English and Russian, each with an expected result', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    expect(pages.filter((p) => p.startsWith('ru-')).length).toBeGreaterThanOrEqual(8);
    for (const p of pages) expect(readdirSync(FIXTURES)).toContain(p.replace(/\.html$/, '.expected.json'));
  });

  for (const page of pages) {
    it(page, () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Expected;
      expect(captureFixture(page, expected.context)).toEqual(expected.result);
    });
  }
});
