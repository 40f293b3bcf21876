import type { Host } from './clock';
import type { ComposeSnapshot } from './types';

/** A send captured in a pop-out compose window, handed to the window that opened it. */
export interface HandedSend {
  snapshot: ComposeSnapshot;
  at: number;
  key?: string;
}

const HELLO = 'leadtrail:popout-hello';
const READY = 'leadtrail:popout-ready';
const SEND = 'leadtrail:popout-send';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isAddresses(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.email === 'string');
}

/**
 * Only the shape the tracker relies on is checked here: the background validates every field of
 * the final record again (content scripts carry no zod, to stay small).
 */
function isHandedSend(value: unknown): value is HandedSend {
  if (!isRecord(value) || typeof value.at !== 'number' || !isRecord(value.snapshot)) return false;
  const { snapshot } = value;
  return isAddresses(snapshot.to) && isAddresses(snapshot.cc) && isAddresses(snapshot.bcc) && typeof snapshot.subject === 'string' && typeof snapshot.body === 'string';
}

/**
 * A pop-out compose window closes itself right after Send, but the provider shows its Undo offer
 * in the main window. So the pop-out passes a pending send to its opener, whose tracker then waits
 * out the undo window and sees an Undo clicked there.
 *
 * The pop-out only hands over once the opener's content script has answered its hello (an opener
 * without one, say a tab left from before the extension was updated, would drop the send); without
 * an answer the pop-out confirms the send itself when it closes, as the only way not to lose it.
 * Messages are accepted from the page's own origin only: the mail app itself is the one party that
 * could forge them, and it could as well forge the compose they describe.
 */
export class PopoutHandoff {
  private opener: Window | undefined;

  constructor(
    private readonly view: Window,
    private readonly host: Host,
    private readonly onAdopt: (send: HandedSend) => void,
  ) {}

  start(isPopout: boolean): void {
    this.host.listen(this.view, 'message', (event) => this.onMessage(event as MessageEvent));
    const opener = this.view.opener as Window | null;
    if (isPopout && opener && !opener.closed) opener.postMessage({ type: HELLO }, this.origin);
  }

  /** True when the opener took the send over; false means the caller must confirm it itself. */
  handOver(send: HandedSend): boolean {
    const opener = this.opener;
    if (!opener || opener.closed) return false;
    opener.postMessage({ type: SEND, send }, this.origin);
    return true;
  }

  private get origin(): string {
    return this.view.location.origin;
  }

  private onMessage(event: MessageEvent): void {
    if (event.origin !== this.origin || !isRecord(event.data)) return;
    const { type } = event.data;
    const source = event.source as Window | null;
    if (type === HELLO && source) source.postMessage({ type: READY }, this.origin);
    else if (type === READY && source && source === this.view.opener) this.opener = source;
    else if (type === SEND && isHandedSend(event.data.send)) this.onAdopt(event.data.send);
  }
}
