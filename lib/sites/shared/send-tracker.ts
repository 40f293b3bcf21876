import type { Host } from './clock';
import { isHidden } from './dom';
import { PopoutHandoff, type HandedSend } from './popout-handoff';
import type { ComposeSnapshot, SiteAdapter } from './types';

interface PendingSend {
  /** Null for a send handed over by a pop-out window: its compose lived, and closed, over there. */
  compose: Element | null;
  key: string | undefined;
  snapshot: ComposeSnapshot;
  at: number;
  timer: number | undefined;
}

/** How often a pending send is looked at again while the compose or the Undo offer is still on screen. */
export const RECHECK_MS = 1000;

/**
 * Turns Send gestures into confirmed sends. The compose is read in the capture phase of the
 * gesture, before the app's own handler closes it; the send is confirmed only once the compose is
 * gone and the undo window has passed with no Undo, so a cancelled or undone send is never logged.
 */
export class SendTracker {
  private readonly pending: PendingSend[] = [];
  private handoff: PopoutHandoff | undefined;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly host: Host,
    private readonly onConfirmed: (snapshot: ComposeSnapshot, at: number) => void,
  ) {}

  start(): void {
    this.host.listen(this.doc, 'click', (event) => this.onClick(event));
    this.host.listen(this.doc, 'keydown', (event) => this.onKeydown(event as KeyboardEvent));
    // A pop-out compose window closes itself right after Send, taking our timers with it.
    const view = this.doc.defaultView;
    if (!view) return;
    this.host.listen(view, 'pagehide', () => this.flushOnUnload());
    this.handoff = new PopoutHandoff(view, this.host, (send) => this.adopt(send));
    this.handoff.start(this.isPopout());
  }

  /** Sends waiting for their undo window (for tests and diagnostics). */
  get waiting(): number {
    return this.pending.length;
  }

  private onClick(event: Event): void {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (this.adapter.isUndoControl(target)) {
      this.undoLatest();
      return;
    }
    const compose = this.composeOf(target);
    if (!compose) return;
    const send = this.adapter.findSendButton(compose);
    if (send && send.contains(target)) this.capture(compose);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.isComposing || event.repeat) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const activates = (event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (activates && this.adapter.isUndoControl(target)) {
      this.undoLatest();
      return;
    }
    const compose = this.composeOf(target);
    if (!compose) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      this.capture(compose);
      return;
    }
    const send = this.adapter.findSendButton(compose);
    if (activates && send && send.contains(target)) this.capture(compose);
  }

  /** The innermost open compose holding el (an inline reply sits inside a thread view). */
  private composeOf(el: Element): Element | undefined {
    let found: Element | undefined;
    for (const compose of this.adapter.findComposes(this.doc)) {
      if (compose.contains(el) && (!found || found.contains(compose))) found = compose;
    }
    return found;
  }

  private capture(compose: Element): void {
    const snapshot = this.adapter.readCompose(compose);
    // Without a recipient the provider refuses the send and keeps the compose open.
    if (snapshot.to.length + snapshot.cc.length + snapshot.bcc.length === 0) return;
    // A double click or Enter followed by the button's own click is one send, the latest content wins.
    const earlier = this.pending.findIndex((p) => p.compose === compose);
    if (earlier >= 0) this.drop(earlier);
    const entry: PendingSend = {
      compose,
      key: this.adapter.composeKey(compose),
      snapshot,
      at: this.host.now(),
      timer: undefined,
    };
    this.pending.push(entry);
    this.schedule(entry, this.adapter.undoMinMs);
  }

  /** A send from a pop-out this window opened: the rest of its undo window is waited out here. */
  private adopt(send: HandedSend): void {
    const entry: PendingSend = { compose: null, key: send.key, snapshot: send.snapshot, at: send.at, timer: undefined };
    this.pending.push(entry);
    this.schedule(entry, Math.max(0, send.at + this.adapter.undoMinMs - this.host.now()));
  }

  private isPopout(): boolean {
    return this.adapter.isPopout(this.doc.location?.href ?? '');
  }

  private schedule(entry: PendingSend, ms: number): void {
    entry.timer = this.host.setTimeout(() => this.check(entry), ms);
  }

  private composeStillOpen(entry: PendingSend): boolean {
    // Some apps keep the compose element and swap its form for a "sent" screen: it counts as gone once
    // the adapter no longer finds a compose there.
    const current = this.adapter.findComposes(this.doc);
    if (entry.compose?.isConnected && !isHidden(entry.compose) && current.includes(entry.compose)) return true;
    // Undo in Gmail reopens the draft as a new element with the same draft id.
    if (!entry.key) return false;
    return current.some((compose) => !isHidden(compose) && this.adapter.composeKey(compose) === entry.key);
  }

  private check(entry: PendingSend): void {
    const index = this.pending.indexOf(entry);
    if (index < 0 || this.host.isInvalid()) return;
    const elapsed = this.host.now() - entry.at;
    const open = this.composeStillOpen(entry);
    if (elapsed < this.adapter.undoMaxMs && (open || this.adapter.findUndo(this.doc))) {
      this.schedule(entry, RECHECK_MS);
      return;
    }
    this.pending.splice(index, 1);
    // Still open after the longest undo window: the provider refused the send or the rep cancelled it.
    if (open) return;
    this.onConfirmed(entry.snapshot, entry.at);
  }

  private undoLatest(): void {
    const latest = this.pending.length - 1;
    if (latest >= 0) this.drop(latest);
  }

  private drop(index: number): void {
    const [entry] = this.pending.splice(index, 1);
    if (entry?.timer !== undefined) this.host.clearTimeout(entry.timer);
  }

  private flushOnUnload(): void {
    const popout = this.isPopout();
    for (const entry of this.pending.splice(0)) {
      if (entry.timer !== undefined) this.host.clearTimeout(entry.timer);
      if (!popout && this.composeStillOpen(entry)) continue;
      // The Undo offer of a pop-out send appears in the main window: let that window decide.
      const handed = popout && this.handoff?.handOver({ snapshot: entry.snapshot, at: entry.at, ...(entry.key ? { key: entry.key } : {}) });
      // Otherwise this is the last moment to log it, and an Undo goes unseen. It is best effort: seen
      // in Chromium, a message sent while a window closes itself (window.close) is dropped, while one
      // sent on navigating away arrives; the hand-over above is what makes pop-outs reliable.
      if (!handed) this.onConfirmed(entry.snapshot, entry.at);
    }
  }
}
