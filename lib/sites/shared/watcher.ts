import type { AdapterHealth, ObservedMail } from '../../model/mail';
import { address } from './addresses';
import type { Host } from './clock';
import { first } from './dom';
import { HealthReporter } from './health';
import { SeenIds } from './seen';
import { SendTracker } from './send-tracker';
import type { ComposeSnapshot, SiteAdapter } from './types';

export interface Sink {
  observed(mail: ObservedMail): void;
  health(health: AdapterHealth): void;
}

export interface WatcherOptions {
  /** Quiet time after a burst of mutations before the page is looked at. */
  debounceMs?: number;
  /** How long the app may take to render its shell before the adapter reports itself degraded. */
  appWaitMs?: number;
}

export interface Watcher {
  /** Looks at the page now (composes, opened thread, health). */
  scan(): void;
  stop(): void;
  readonly tracker: SendTracker;
}

export const DEBOUNCE_MS = 400;
export const APP_WAIT_MS = 20_000;
const ROOT_RETRY_MS = 1000;

/**
 * Wires one adapter to the page: send detection on user gestures, received messages of opened
 * threads, and health. Idle cost is one MutationObserver on the app's root whose callback only
 * arms a debounce timer; the debounced scan starts with cheap selector lookups.
 */
export function startWatcher(doc: Document, adapter: SiteAdapter, host: Host, sink: Sink, options: WatcherOptions = {}): Watcher {
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const appWaitMs = options.appWaitMs ?? APP_WAIT_MS;
  const seen = new SeenIds();
  const health = new HealthReporter(adapter.provider, (h) => sink.health(h));
  const startedAt = host.now();
  let observer: MutationObserver | undefined;
  let root: Element | null = null;
  let observed: Node | undefined;
  let timer: number | undefined;
  let rootTimer: number | undefined;

  const mailbox = (): string => adapter.readMailbox(doc);

  const confirmSent = (snapshot: ComposeSnapshot, at: number): void => {
    if (snapshot.messageId && !seen.add(snapshot.messageId)) return;
    const own = mailbox();
    sink.observed({
      provider: adapter.provider,
      direction: 'sent',
      mailbox: own,
      ...(own ? { from: address(own) } : {}),
      to: snapshot.to,
      cc: snapshot.cc,
      bcc: snapshot.bcc,
      subject: snapshot.subject,
      body: snapshot.body,
      ...(snapshot.messageId ? { messageId: snapshot.messageId } : {}),
      ...(snapshot.threadId ? { threadId: snapshot.threadId } : {}),
      at,
    });
  };

  const tracker = new SendTracker(doc, adapter, host, confirmSent);

  const readThread = (problems: string[]): void => {
    const messages = adapter.threadMessages(doc);
    if (messages.length === 0) return;
    let own: string | undefined;
    for (const element of messages) {
      const id = adapter.messageIdOf(element);
      if (!id) {
        problems.push('message id not found in the open conversation');
        continue;
      }
      // Checked before reading the body: re-renders of an already reported thread stay cheap.
      if (seen.has(id)) continue;
      const message = adapter.readMessage(element, doc);
      if (!message) {
        problems.push('sender not found in the open conversation');
        continue;
      }
      seen.add(id);
      own ??= mailbox();
      if (own && message.from.email === own) continue;
      sink.observed({
        provider: adapter.provider,
        direction: 'received',
        mailbox: own,
        from: message.from,
        to: message.to,
        cc: message.cc,
        bcc: [],
        subject: message.subject,
        body: message.body,
        messageId: message.messageId,
        ...(message.threadId ? { threadId: message.threadId } : {}),
        at: message.at ?? host.now(),
      });
    }
  };

  const scan = (): void => {
    if (host.isInvalid()) return;
    if (!root?.isConnected) attach();
    const problems: string[] = [];
    const composes = adapter.findComposes(doc);
    for (const compose of composes) {
      if (!adapter.findSendButton(compose)) problems.push('send button not found in the open compose');
    }
    readThread(problems);
    const [problem] = problems;
    if (problem) health.degraded(problem);
    else if (root || composes.length > 0) health.working();
    else if (host.now() - startedAt >= appWaitMs) health.degraded('mail app not found on the page');
  };

  const schedule = (): void => {
    if (timer !== undefined || host.isInvalid()) return;
    timer = host.setTimeout(() => {
      timer = undefined;
      scan();
    }, debounceMs);
  };

  function attach(): void {
    const found = first(doc, adapter.appRoot);
    root = found;
    if (!found && host.now() - startedAt < appWaitMs) {
      // The app renders its shell after document_idle; look again shortly rather than observe everything.
      rootTimer ??= host.setTimeout(() => {
        rootTimer = undefined;
        scan();
      }, ROOT_RETRY_MS);
      return;
    }
    // Past the wait with no known root, the body is the only place left; the callback stays O(1).
    const target = found ?? doc.body;
    if (!target || target === observed) return;
    observer?.disconnect();
    observer = new MutationObserver(schedule);
    observer.observe(target, { childList: true, subtree: true });
    observed = target;
  }

  tracker.start();
  const view = doc.defaultView;
  if (view) {
    host.listen(view, 'hashchange', schedule);
    host.listen(view, 'popstate', schedule);
  }
  host.onInvalidated(() => stop());

  function stop(): void {
    observer?.disconnect();
    observer = undefined;
    observed = undefined;
    if (timer !== undefined) host.clearTimeout(timer);
    if (rootTimer !== undefined) host.clearTimeout(rootTimer);
    timer = undefined;
    rootTimer = undefined;
  }

  scan();
  return { scan, stop, tracker };
}
