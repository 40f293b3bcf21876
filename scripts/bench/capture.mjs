// Benchmark: the page extractor on a generated 5 MB page with 300 people, in real Chromium,
// against one bare TreeWalker pass over the same page's text in the same run.
// Contract (scripts/bench.mjs): export default async function run({ context, root }).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TARGET_BYTES = 5 * 1024 * 1024;
const PEOPLE = 300;
const RUNS = 7;

// 12 given names x 25 surnames: 300 different people (equal names would rightly merge into one).
const FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'Thomas', 'Susan'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis', 'Walker', 'Hall',
  'Allen', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Carter', 'Mitchell', 'Roberts'];
const TITLES = ['Sales Manager', 'Chief Technology Officer', 'Account Executive', 'Head of Marketing', 'Генеральный директор'];
const FILLER =
  'Our company has served customers across the region for many years, delivering reliable service, ' +
  'careful planning and honest advice on every project, large or small, from the first visit to the final invoice. ';

/** Deterministic page: cards spread through filler sections, as a long directory would be. */
export function generatePage() {
  const cards = [];
  for (let i = 0; i < PEOPLE; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const n = String(1000 + i).slice(-4);
    cards.push(
      `<div class="card"><h3>${first} ${last}</h3><p class="title">${TITLES[i % TITLES.length]}</p>` +
        `<p><a href="mailto:person${i}@example-corp.com">person${i}@example-corp.com</a></p>` +
        `<p>Phone: (212) 555-${n}</p>` +
        `<a href="https://www.linkedin.com/in/person-${i}">LinkedIn</a> <a href="https://t.me/person_${i}">Telegram</a></div>`,
    );
  }
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Directory | Example Corp</title></head><body><main>'];
  let size = parts[0].length;
  const perSection = Math.ceil(TARGET_BYTES / PEOPLE);
  for (let i = 0; i < PEOPLE; i++) {
    const card = cards[i];
    let filler = '';
    let p = 0;
    while (card.length + filler.length < perSection) filler += `<p>${FILLER}Section ${i}, paragraph ${p++}. ${FILLER}</p>`;
    const section = `<section><h2>Department ${i}</h2>${filler}${card}</section>`;
    parts.push(section);
    size += section.length;
  }
  parts.push('</main></body></html>');
  return parts.join('');
}

async function bundleExtractor(root) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-capture-'));
  try {
    const outfile = join(dir, 'capture.js');
    await build({
      stdin: {
        contents: "import { extractPage } from './lib/capture/index.ts'; globalThis.leadtrailExtractPage = extractPage;",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      outfile,
      logLevel: 'silent',
    });
    return readFileSync(outfile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values) {
  const sorted = [...values].toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Both run inside the page (Playwright serialises them); each measurement is its own evaluate
// call, so neither pass pays for the other's garbage.
function barePass() {
  // The floor: one TreeWalker over every text node, reading its data.
  const t = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
  return { ms: performance.now() - t, chars };
}

function capturePass() {
  const t = performance.now();
  const r = globalThis.leadtrailExtractPage(document, { url: location.href, locale: 'en-US' });
  return { ms: performance.now() - t, people: r.people.length, phones: r.people.reduce((n, p) => n + p.phones.length, 0) };
}

export default async function run({ context, root }) {
  const html = generatePage();
  const bundle = await bundleExtractor(root);
  const page = await context.newPage();
  try {
    await page.route('http://bench.local/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto('http://bench.local/directory', { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    await page.evaluate(barePass);
    await page.evaluate(capturePass);
    const timings = { bare: [], capture: [], people: 0, phones: 0, chars: 0 };
    for (let i = 0; i < RUNS; i++) {
      const b = await page.evaluate(barePass);
      const c = await page.evaluate(capturePass);
      timings.bare.push(b.ms);
      timings.capture.push(c.ms);
      timings.chars = b.chars;
      timings.people = c.people;
      timings.phones = c.phones;
    }
    if (timings.people < PEOPLE * 0.9) throw new Error(`capture found ${timings.people} of ${PEOPLE} people`);
    const value = Math.round(median(timings.capture) * 10) / 10;
    const baseline = Math.round(median(timings.bare) * 10) / 10;
    return {
      capture_5mb_page: {
        value,
        unit: 'ms',
        baseline,
        ratio: Math.round((value / Math.max(baseline, 0.1)) * 100) / 100,
        detail: { bytes: html.length, people: timings.people, phones: timings.phones, chars: timings.chars },
      },
    };
  } finally {
    await page.close();
  }
}
