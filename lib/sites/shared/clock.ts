/**
 * The timers and listeners the watcher uses, injected so that tests drive them with vitest fake
 * timers and the content script drives them through WXT's ctx (which stops them on reload).
 */
export interface Host {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
  listen(target: EventTarget, type: string, handler: (event: Event) => void): void;
  /** True once the extension was reloaded or removed: nothing may run after that. */
  isInvalid(): boolean;
  onInvalidated(fn: () => void): void;
}

/** A host over the page's own timers, for tests and for anything outside a content script. */
export function plainHost(): Host & { invalidate(): void } {
  let invalid = false;
  const stops: Array<() => void> = [];
  return {
    setTimeout: (fn, ms) => globalThis.setTimeout(() => !invalid && fn(), ms) as unknown as number,
    clearTimeout: (id) => globalThis.clearTimeout(id),
    now: () => Date.now(),
    listen: (target, type, handler) => {
      target.addEventListener(type, handler, { capture: true });
      stops.push(() => target.removeEventListener(type, handler, { capture: true }));
    },
    isInvalid: () => invalid,
    onInvalidated: (fn) => stops.push(fn),
    invalidate: () => {
      invalid = true;
      for (const stop of stops.splice(0)) stop();
    },
  };
}
