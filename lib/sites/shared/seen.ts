/**
 * Message ids already reported from this page. The background dedupes across sessions by
 * messageId; this set only stops one page from sending the same record on every re-render.
 */
export class SeenIds {
  private readonly ids = new Set<string>();

  constructor(private readonly limit = 5000) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Records id; returns false when it was already there. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    // A tab left open for weeks must not grow without bound; the oldest ids are the least likely to reappear.
    if (this.ids.size >= this.limit) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
    this.ids.add(id);
    return true;
  }
}
