/** Small DOM helpers shared by the provider extractors; no provider knowledge lives here. */

/** The first element matching any of the selectors, tried in order (primary selector, then fallbacks). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matching the first selector that matches anything, so a fallback never doubles results. */
export function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** The closest ancestor-or-self matching any of the selectors. */
export function closest(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Hidden by the app: removed from layout or marked hidden. Cheap checks only (no layout). */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The text a person reads in an element: blocks and <br> become line breaks, source indentation is
 * folded. Written by hand because innerText needs layout, which saved fixtures and happy-dom lack.
 */
export function textOf(el: Element | null): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIP.has(element.tagName)) return;
    if (element.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK.has(element.tagName);
    if (block) breakLine();
    for (const child of element.childNodes) walk(child);
    if (block) breakLine();
  };
  // A block boundary is one line break however many blocks meet there; only <br> adds empty lines.
  const breakLine = (): void => {
    out = out.replace(/ +$/, '');
    if (out && !out.endsWith('\n')) out += '\n';
  };
  walk(el);
  return out
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An input's current value, or an element's text, trimmed. */
export function valueOf(el: Element | null): string {
  if (!el) return '';
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim();
  return textOf(el);
}

/** The nearest ancestor-or-self for which test holds, looking at most `depth` levels up. */
export function climb(el: Element, test: (node: Element) => boolean, depth = 12): Element | null {
  let node: Element | null = el;
  for (let level = 0; node && level <= depth; level += 1, node = node.parentElement) {
    if (test(node)) return node;
  }
  return null;
}

/** True when the control's visible words or labels are one of the given labels (any language). */
export function hasLabel(el: Element, labels: readonly string[]): boolean {
  const words = [el.getAttribute('aria-label'), el.getAttribute('data-tooltip'), el.getAttribute('title'), el.textContent]
    .map((text) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase());
  return labels.some((label) => words.some((text) => text === label.toLowerCase()));
}
