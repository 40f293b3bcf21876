import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../../public/_locales');
const load = (locale: string): Messages => JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const en = load('en');
const ru = load('ru');

/** Every source file that may show text; `t('key')` calls in them must name existing keys. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('locales', () => {
  it('ship exactly en and ru', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['en', 'ru']);
  });

  it('have the same keys in English and Russian', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same placeholders in both languages, and no empty message', () => {
    for (const [key, entry] of Object.entries(en)) {
      const other = ru[key];
      expect(other, key).toBeDefined();
      expect(Object.keys(other?.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      expect(entry.message.trim(), key).not.toBe('');
      expect(other?.message.trim(), key).not.toBe('');
    }
  });

  it('define every key the code asks for', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const used = new Set<string>();
    for (const dir of ['components', 'entrypoints', 'lib']) {
      for (const file of sourceFiles(path.join(root, dir))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1] as string);
      }
    }
    expect(used.size).toBeGreaterThan(0);
    for (const key of used) {
      expect(en[key], `missing in en: ${key}`).toBeDefined();
      expect(ru[key], `missing in ru: ${key}`).toBeDefined();
    }
  });
});
