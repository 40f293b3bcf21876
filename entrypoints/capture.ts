/**
 * The page extractor, injected on demand into the active tab by the background
 * (`scripting.executeScript({ files: ['/capture.js'] })`) and never declared as a content script:
 * LeadTrail has no standing access to sites.
 *
 * How the result gets back: WXT builds this file as `var capture=(function(){ ... return
 * definition.main() ... })();` followed by the lone expression statement `capture;`, so the value
 * main() returns is the script's completion value, which is what executeScript reports (checked on
 * `npx wxt build` with `head -c 120` and `tail -c 600` of .output/chrome-mv3/capture.js).
 * That value is structured-cloned out of the page, so it must be plain JSON: no DOM nodes, no
 * class instances.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from '../lib/capture/index';
import type { CaptureResult } from '../lib/capture/index';

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

export interface PageSource {
  url: string;
  title: string;
  referrer: string;
  utm: Partial<Record<(typeof UTM_KEYS)[number], string>>;
}

export type CaptureScriptResult = CaptureResult & { page: PageSource; ms: number };

function utmOf(href: string): PageSource['utm'] {
  const utm: PageSource['utm'] = {};
  try {
    const params = new URL(href).searchParams;
    for (const key of UTM_KEYS) {
      const v = params.get(`utm_${key}`);
      if (v) utm[key] = v.slice(0, 300);
    }
  } catch {
    // A page whose own address does not parse has no UTM tags to offer.
  }
  return utm;
}

export function capturePage(): CaptureScriptResult {
  const started = performance.now();
  const result = extractPage(document, { url: location.href, locale: navigator.language });
  const page: PageSource = {
    url: location.href,
    title: document.title.slice(0, 1000),
    referrer: document.referrer.slice(0, 4000),
    utm: utmOf(location.href),
  };
  // A JSON round trip guarantees a structured-clone-safe value, whatever the page did to prototypes.
  return JSON.parse(JSON.stringify({ ...result, page, ms: Math.round(performance.now() - started) })) as CaptureScriptResult;
}

export default defineUnlistedScript(() => capturePage());
