/**
 * Runs the page extractor over saved HTML files and prints one JSON line per file:
 *   npm run -s capture -- [--url URL] [--locale ru-RU] [--files-from LIST] FILE.html...
 * Pages are decoded by their declared charset; happy-dom parses them without running scripts.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractPage } from '../lib/capture/index.ts';
import { decodeHtmlBytes, toCaptureLine } from '../lib/capture/saved-page.ts';

interface Options {
  url?: string;
  locale?: string;
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--url') opts.url = next();
    else if (a === '--locale') opts.locale = next();
    else if (a === '--files-from') opts.files.push(...readFileSync(next(), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: capture [--url URL] [--locale ru-RU] [--files-from LIST] FILE.html...\n');
      process.exit(0);
    } else opts.files.push(a);
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.files.length === 0) {
    process.stderr.write('capture: no files given (see --help)\n');
    process.exit(2);
  }
  const window = new Window({
    url: opts.url ?? 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const parser = new window.DOMParser();
  let failed = 0;
  for (const file of opts.files) {
    try {
      const { html } = decodeHtmlBytes(new Uint8Array(readFileSync(file)));
      const doc = parser.parseFromString(html, 'text/html') as unknown as Document;
      const result = extractPage(doc, { url: opts.url, locale: opts.locale });
      process.stdout.write(`${JSON.stringify(toCaptureLine(file, result))}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`capture: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  await window.happyDOM.close();
  process.exitCode = failed ? 1 : 0;
}

void main();
