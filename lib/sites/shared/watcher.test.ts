import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdapterHealth, ObservedMail } from '../../model/mail';
import { loadFixture } from '../../../tests/unit/sites/load-fixture';
import { GMAIL_UNDO_MAX_MS, GMAIL_UNDO_MIN_MS, gmailAdapter } from '../gmail/adapter';
import { plainHost } from './clock';
import { RECHECK_MS } from './send-tracker';
import { DEBOUNCE_MS, startWatcher, type Watcher } from './watcher';

let observed: ObservedMail[];
let health: AdapterHealth[];
let host: ReturnType<typeof plainHost>;
let watcher: Watcher;

function start(fixture: string): Document {
  const doc = loadFixture('gmail', fixture);
  watcher = startWatcher(doc, gmailAdapter, host, {
    observed: (mail) => observed.push(mail),
    health: (h) => health.push(h),
  });
  return doc;
}

function sendButton(doc: Document): HTMLElement {
  const [compose] = gmailAdapter.findComposes(doc);
  const button = compose ? gmailAdapter.findSendButton(compose) : null;
  if (!(button instanceof HTMLElement)) throw new Error('fixture has no send button');
  return button;
}

/** What Gmail does on Send: the compose leaves the page and the "Message sent · Undo" toast appears. */
function gmailSends(doc: Document): void {
  for (const compose of gmailAdapter.findComposes(doc)) compose.remove();
  const toast = doc.createElement('div');
  toast.className = 'bAq';
  toast.setAttribute('role', 'alert');
  toast.innerHTML = '<span class="aT"><span class="bAq">Message sent</span> <span id="link_undo" class="ag a8k" role="link" tabindex="0">Undo</span></span>';
  doc.body.append(toast);
}

function toastGoes(doc: Document): void {
  doc.querySelector('.bAq[role="alert"]')?.remove();
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 2, 3, 12, 0) });
  observed = [];
  health = [];
  host = plainHost();
});

afterEach(() => {
  host.invalidate();
  vi.useRealTimers();
});

describe('send detection', () => {
  it('logs a clicked send once the undo window has passed and the compose is gone', () => {
    const doc = start('compose-new-en.html');
    const sentAt = Date.now();
    sendButton(doc).click();
    gmailSends(doc);
    vi.advanceTimersByTime(GMAIL_UNDO_MIN_MS - 1);
    expect(observed).toEqual([]);
    toastGoes(doc);
    vi.advanceTimersByTime(RECHECK_MS + 1);
    expect(observed).toEqual([
      {
        provider: 'gmail',
        direction: 'sent',
        mailbox: 'ann.rep@acme-sales.com',
        from: { email: 'ann.rep@acme-sales.com' },
        to: [{ name: 'Peter Novak', email: 'peter.novak@northwind-traders.com' }],
        cc: [],
        bcc: [],
        subject: 'Demo follow-up: LeadTrail for Northwind',
        body: 'Hi Peter,\n\nThanks for the call today. As promised, the pricing sheet is attached.\n\nBest,\nAnn',
        messageId: 'msg-a:r-4821937740126559312',
        at: sentAt,
      },
    ]);
    expect(watcher.tracker.waiting).toBe(0);
  });

  it('keeps waiting while the Undo offer is on screen (a longer undo setting)', () => {
    const doc = start('compose-new-en.html');
    sendButton(doc).click();
    gmailSends(doc);
    vi.advanceTimersByTime(GMAIL_UNDO_MIN_MS + 10 * RECHECK_MS);
    expect(observed).toHaveLength(0);
    toastGoes(doc);
    vi.advanceTimersByTime(RECHECK_MS);
    expect(observed).toHaveLength(1);
  });

  it('logs nothing when Undo is clicked', () => {
    const doc = start('compose-new-en.html');
    sendButton(doc).click();
    gmailSends(doc);
    vi.advanceTimersByTime(2000);
    (doc.getElementById('link_undo') as HTMLElement).click();
    toastGoes(doc);
    vi.advanceTimersByTime(GMAIL_UNDO_MAX_MS * 2);
    expect(observed).toEqual([]);
  });

  it('logs nothing when the draft comes back (undo by keyboard shortcut)', () => {
    const doc = start('compose-new-en.html');
    const compose = gmailAdapter.findComposes(doc)[0] as Element;
    const copy = compose.cloneNode(true) as Element;
    const parent = compose.parentElement as Element;
    sendButton(doc).click();
    gmailSends(doc);
    vi.advanceTimersByTime(1000);
    toastGoes(doc);
    parent.append(copy);
    vi.advanceTimersByTime(GMAIL_UNDO_MAX_MS * 2);
    expect(observed).toEqual([]);
  });

  it('logs nothing when the compose never closes (send refused, e.g. a bad address)', () => {
    const doc = start('compose-new-en.html');
    sendButton(doc).click();
    vi.advanceTimersByTime(GMAIL_UNDO_MAX_MS * 2);
    expect(observed).toEqual([]);
    expect(watcher.tracker.waiting).toBe(0);
  });

  it('captures the content before the app clears it, on Ctrl+Enter inside the body', () => {
    const doc = start('compose-new-ru-many.html');
    const body = doc.querySelector('[g_editable="true"]') as HTMLElement;
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    body.textContent = '';
    gmailSends(doc);
    toastGoes(doc);
    vi.advanceTimersByTime(GMAIL_UNDO_MIN_MS);
    expect(observed).toHaveLength(1);
    expect(observed[0]?.body).toContain('Цены действуют до конца месяца.');
    expect(observed[0]?.to.map((a) => a.email)).toEqual([
      'sergey.ivanov@uralmash-group.ru',
      'zakupki@uralmash-group.ru',
      'o.smirnova@uralmash-group.ru',
    ]);
  });

  it('treats Cmd+Enter, and Enter or Space on the Send button, as a send; plain Enter in the body is not', () => {
    const doc = start('compose-new-en.html');
    const body = doc.querySelector('[g_editable="true"]') as HTMLElement;
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(watcher.tracker.waiting).toBe(0);
    sendButton(doc).dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(watcher.tracker.waiting).toBe(1);
    // The same compose sent again (Enter, then the button's own click) is still one send.
    sendButton(doc).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    expect(watcher.tracker.waiting).toBe(1);
    gmailSends(doc);
    toastGoes(doc);
    vi.advanceTimersByTime(GMAIL_UNDO_MIN_MS);
    expect(observed).toHaveLength(1);
  });

  it('ignores the "More send options" arrow', () => {
    const doc = start('compose-new-en.html');
    (doc.querySelector('[aria-label="More send options"]') as HTMLElement).click();
    expect(watcher.tracker.waiting).toBe(0);
  });

  it('confirms a pop-out send when its window closes', () => {
    const doc = start('popout-ru.html');
    const popout = vi.spyOn(gmailAdapter, 'isPopout').mockReturnValue(true);
    sendButton(doc).click();
    window.dispatchEvent(new Event('pagehide'));
    expect(observed.map((m) => m.subject)).toEqual(['Fwd: Спецификация оборудования']);
    expect(observed[0]?.mailbox).toBe('anna.petrova@vostok-trade.ru');
    popout.mockRestore();
  });

  it('stops when the extension is reloaded', () => {
    const doc = start('compose-new-en.html');
    sendButton(doc).click();
    gmailSends(doc);
    toastGoes(doc);
    host.invalidate();
    vi.advanceTimersByTime(GMAIL_UNDO_MAX_MS * 2);
    expect(observed).toEqual([]);
  });
});

describe('received messages', () => {
  it('logs each received message of an opened thread once, not the rep’s own', async () => {
    const doc = start('reply-inline-en.html');
    expect(observed.map((m) => [m.direction, m.messageId, m.from?.email])).toEqual([
      ['received', 'msg-f:1775568780109575075', 'peter.novak@northwind-traders.com'],
    ]);
    expect(observed[0]).toMatchObject({ mailbox: 'ann.rep@acme-sales.com', threadId: 'thread-f:1775568780109575075', bcc: [] });
    // Gmail re-renders the thread: nothing new is reported.
    const list = doc.querySelector('[role="list"]') as Element;
    list.append(doc.createElement('div'));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    expect(observed).toHaveLength(1);
  });

  it('picks up a message expanded later, after the debounce', async () => {
    const doc = start('thread-ru.html');
    expect(observed).toHaveLength(2);
    const collapsed = doc.querySelector('[data-message-id="#msg-f:1776002911830265541"]') as HTMLElement;
    collapsed.removeAttribute('style');
    collapsed.innerHTML = '<div class="gE"><span class="gD" email="sergey.ivanov@uralmash-group.ru" name="Сергей Иванов">Сергей</span><span class="g3" title="пн, 2 мар. 2026 г., 16:20">2 мар.</span></div><div class="a3s">Первое письмо.</div>';
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 50);
    expect(observed).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(observed.map((m) => m.messageId)).toContain('msg-f:1776002911830265541');
    expect(observed[2]?.at).toBe(new Date(2026, 2, 2, 16, 20).getTime());
  });
});

describe('health', () => {
  it('reports degraded when the Send button cannot be found, and working again once it can', async () => {
    const doc = start('compose-new-en.html');
    expect(health).toEqual([{ provider: 'gmail', status: 'working' }]);
    const send = sendButton(doc);
    const parent = send.parentElement as Element;
    send.remove();
    for (const el of doc.querySelectorAll('.T-I-atl')) el.classList.remove('T-I-atl');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    expect(health.at(-1)).toEqual({ provider: 'gmail', status: 'degraded', detail: 'send button not found in the open compose' });
    parent.append(send);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS + 1);
    expect(health.at(-1)).toEqual({ provider: 'gmail', status: 'working' });
    expect(health).toHaveLength(3);
  });

  it('reports degraded when the app never shows up', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>Something else entirely</p>';
    watcher = startWatcher(document, gmailAdapter, host, { observed: (m) => observed.push(m), health: (h) => health.push(h) }, { appWaitMs: 5000 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(health).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(health).toEqual([{ provider: 'gmail', status: 'degraded', detail: 'mail app not found on the page' }]);
  });

  it('does no scan while nothing changes', async () => {
    start('compose-new-en.html');
    const spy = vi.spyOn(gmailAdapter, 'findComposes');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(spy).not.toHaveBeenCalled();
  });
});
