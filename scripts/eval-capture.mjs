// Scores the page extractor on the shared webstruct business pages beside a regex baseline.
// The pages stay in ../shared (they are the sites' own content); nothing is copied here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const dataset = join(shared, 'datasets', 'webstruct-business');
const scorer = join(shared, 'tools', 'score_capture.py');

if (!existsSync(dataset) || !existsSync(scorer)) {
  console.info(`eval:capture skipped: ${dataset} is not present on this machine.`);
  process.exit(0);
}

const pages = join(dataset, 'pages');
const files = readdirSync(pages)
  .filter((f) => f.endsWith('.html'))
  .toSorted((a, b) => parseInt(a, 10) - parseInt(b, 10))
  .map((f) => join(pages, f));
const tmp = mkdtempSync(join(tmpdir(), 'eval-capture-'));
try {
  const list = join(tmp, 'files.txt');
  writeFileSync(list, `${files.join('\n')}\n`);
  const started = Date.now();
  // One process for every page: the CLI reads the list, so no page pays for a Node start-up.
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'capture.ts'), '--locale', 'en-US', '--files-from', list], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0 && !run.stdout) {
    console.error(run.stderr);
    process.exit(1);
  }
  if (run.stderr) console.error(run.stderr.trim());
  const out = join(tmp, 'capture.jsonl');
  writeFileSync(out, run.stdout);
  const lines = run.stdout.split('\n').filter(Boolean).length;
  console.info(`captured ${lines}/${files.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const score = spawnSync('python3', [scorer, join(dataset, 'labels.json'), pages, out], { encoding: 'utf8' });
  process.stdout.write(score.stdout);
  if (score.status !== 0) {
    console.error(score.stderr);
    process.exit(1);
  }
  if (process.env.EVAL_CAPTURE_KEEP) writeFileSync(process.env.EVAL_CAPTURE_KEEP, run.stdout);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
