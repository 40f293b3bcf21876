// bundle_gzip_<entrypoint>: gzip size of every built Chrome entrypoint with the chunks and styles it
// loads to start. Chunks behind a dynamic import() (loaded on first use, like the new-lead form)
// are left out: they do not weigh on opening.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const IMPORT_RE = /(?:\bimport|\bexport)\s*(?:[^'"`;()]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** Collects a JS file and every file it imports, statically or dynamically, relative to the build. */
async function collectJs(outDir, file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const source = await readFile(path.join(outDir, file), 'utf8');
  for (const match of source.matchAll(IMPORT_RE)) {
    const specifier = match[1];
    const resolved = specifier.startsWith('/')
      ? specifier.slice(1)
      : path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    await collectJs(outDir, resolved, seen);
  }
}

async function htmlAssets(outDir, file) {
  const html = await readFile(path.join(outDir, file), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''));
  const seen = new Set([file]);
  for (const ref of refs) {
    if (ref.endsWith('.css')) seen.add(ref);
    else await collectJs(outDir, ref, seen);
  }
  return seen;
}

export default async function run({ root }) {
  const outDir = path.join(root, '.output/chrome-mv3');
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8'));
  const entrypoints = new Map();
  if (manifest.background?.service_worker) entrypoints.set('background', ['js', manifest.background.service_worker]);
  if (manifest.action?.default_popup) entrypoints.set('popup', ['html', manifest.action.default_popup]);
  if (manifest.options_ui?.page) entrypoints.set('options', ['html', manifest.options_ui.page]);
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) entrypoints.set(path.basename(js, '.js').replace(/[^a-z0-9]+/gi, '_'), ['js', js]);
  }
  // Unlisted scripts injected on demand (capture.js) sit at the top of the build.
  for (const file of await readdir(outDir)) {
    const name = path.basename(file, '.js');
    if (file.endsWith('.js') && !entrypoints.has(name) && file !== manifest.background?.service_worker) {
      entrypoints.set(name.replace(/[^a-z0-9]+/gi, '_'), ['js', file]);
    }
  }
  const figures = {};
  for (const [name, [kind, file]] of entrypoints) {
    const files = kind === 'html' ? await htmlAssets(outDir, file) : new Set();
    if (kind === 'js') await collectJs(outDir, file, files);
    let bytes = 0;
    for (const each of files) bytes += gzipSync(await readFile(path.join(outDir, each))).length;
    figures[`bundle_gzip_${name}`] = { value: bytes, unit: 'bytes' };
  }
  return figures;
}
