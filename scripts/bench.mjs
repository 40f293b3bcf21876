// npm run bench [-- --json] [-- name-filter ...]
// Runs every benchmark module in scripts/bench/*.mjs in real Chromium (with the built extension
// loaded) and prints one figure per line, each beside a baseline measured in the same run.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, QUIET_FLAGS } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const filters = args.filter((arg) => !arg.startsWith('--'));
const log = (...parts) => (asJson ? console.error(...parts) : console.info(...parts));

const extensionDir = path.join(root, '.output/chrome-mv3-e2e');
if (!existsSync(path.join(root, '.output/chrome-mv3/manifest.json')) || !existsSync(path.join(extensionDir, 'manifest.json'))) {
  log('Building the extension first…');
  execSync('npm run -s build && npm run -s build:e2e', { cwd: root, stdio: ['ignore', asJson ? 'ignore' : 'inherit', 'inherit'] });
}

const modules = (await readdir(path.join(root, 'scripts/bench')))
  .filter((file) => file.endsWith('.mjs'))
  .filter((file) => !filters.length || filters.some((filter) => file.includes(filter)))
  .sort();

const userDataDir = await mkdtemp(path.join(tmpdir(), 'leadtrail-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: findChromium(),
  headless: true,
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
});
const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(serviceWorker.url()).host;

const figures = {};
let failed = false;
try {
  for (const file of modules) {
    log(`running ${file}…`);
    try {
      const run = (await import(pathToFileURL(path.join(root, 'scripts/bench', file)).href)).default;
      Object.assign(figures, await run({ context, root, extensionId, serviceWorker, log }));
    } catch (error) {
      failed = true;
      console.error(`bench ${file} failed:`, error);
    }
  }
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}

for (const figure of Object.values(figures)) {
  if (typeof figure.baseline === 'number' && figure.baseline > 0 && figure.ratio === undefined) {
    figure.ratio = Number((figure.value / figure.baseline).toFixed(3));
  }
}

if (asJson) {
  console.log(JSON.stringify({ figures }));
} else {
  const rows = Object.entries(figures).map(([name, f]) => [
    name,
    `${f.value} ${f.unit}`,
    f.baseline === undefined ? '' : `${f.baseline} ${f.unit}`,
    f.ratio === undefined ? '' : `${f.ratio}x`,
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
process.exit(failed ? 1 : 0);
