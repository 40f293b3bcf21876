import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObservedMail } from '../../model/mail';
import { loadFixture } from '../../../tests/unit/sites/load-fixture';
import { GMAIL_UNDO_MIN_MS, gmailAdapter } from '../gmail/adapter';
import { plainHost } from './clock';
import { RECHECK_MS } from './send-tracker';
import { startWatcher } from './watcher';

/** The window that opened the pop-out, as the pop-out sees it: something to post to. */
interface FakeOpener {
  closed: boolean;
  postMessage: ReturnType<typeof vi.fn>;
}

let observed: ObservedMail[];
let host: ReturnType<typeof plainHost>;
let opener: FakeOpener;

function start(fixture: string, popout: boolean): Document {
  vi.spyOn(gmailAdapter, 'isPopout').mockReturnValue(popout);
  const doc = loadFixture('gmail', fixture);
  startWatcher(doc, gmailAdapter, host, { observed: (mail) => observed.push(mail), health: () => undefined });
  return doc;
}

function post(data: unknown, source: unknown, origin = window.location.origin): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

function clickSend(doc: Document): void {
  const [compose] = gmailAdapter.findComposes(doc);
  const button = compose ? gmailAdapter.findSendButton(compose) : null;
  if (!(button instanceof HTMLElement)) throw new Error('fixture has no send button');
  button.click();
}

/** What the pop-out posted of the given type. */
function posted(type: string): Array<Record<string, unknown>> {
  return opener.postMessage.mock.calls.map(([data]) => data as Record<string, unknown>).filter((data) => data.type === type);
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 2, 3, 12, 0) });
  observed = [];
  host = plainHost();
  opener = { closed: false, postMessage: vi.fn() };
  Object.defineProperty(window, 'opener', { value: opener, configurable: true });
});

afterEach(() => {
  host.invalidate();
  vi.restoreAllMocks();
  vi.useRealTimers();
  Object.defineProperty(window, 'opener', { value: null, configurable: true });
});

describe('pop-out window', () => {
  it('hands a send to an opener that answered, instead of logging it when it closes', () => {
    const doc = start('popout-ru.html', true);
    expect(posted('leadtrail:popout-hello')).toHaveLength(1);
    post({ type: 'leadtrail:popout-ready' }, opener);
    clickSend(doc);
    window.dispatchEvent(new Event('pagehide'));
    expect(observed).toEqual([]);
    const [handed] = posted('leadtrail:popout-send');
    expect(handed?.send).toMatchObject({ at: Date.now(), snapshot: { subject: 'Fwd: Спецификация оборудования', to: [{ email: 'i.kuznetsov@severstal-service.ru' }, {}, {}] } });
  });

  it('logs the send itself when the opener never answered (no LeadTrail there)', () => {
    const doc = start('popout-ru.html', true);
    clickSend(doc);
    window.dispatchEvent(new Event('pagehide'));
    expect(posted('leadtrail:popout-send')).toEqual([]);
    expect(observed.map((mail) => mail.subject)).toEqual(['Fwd: Спецификация оборудования']);
  });

  it('logs the send itself when the opener was closed meanwhile', () => {
    const doc = start('popout-ru.html', true);
    post({ type: 'leadtrail:popout-ready' }, opener);
    opener.closed = true;
    clickSend(doc);
    window.dispatchEvent(new Event('pagehide'));
    expect(observed).toHaveLength(1);
  });

  it('ignores an answer from another origin or another window', () => {
    const doc = start('popout-ru.html', true);
    post({ type: 'leadtrail:popout-ready' }, opener, 'https://evil.example');
    post({ type: 'leadtrail:popout-ready' }, { postMessage: vi.fn() });
    clickSend(doc);
    window.dispatchEvent(new Event('pagehide'));
    expect(observed).toHaveLength(1);
  });
});

describe('main window', () => {
  const snapshot = {
    to: [{ name: 'Игорь Кузнецов', email: 'i.kuznetsov@severstal-service.ru' }],
    cc: [],
    bcc: [],
    subject: 'Fwd: Спецификация оборудования',
    body: 'Игорь, пересылаю спецификацию.',
  };

  it('answers a pop-out’s hello', () => {
    start('compose-new-en.html', false);
    const popout = { postMessage: vi.fn() };
    post({ type: 'leadtrail:popout-hello' }, popout);
    expect(popout.postMessage).toHaveBeenCalledWith({ type: 'leadtrail:popout-ready' }, window.location.origin);
  });

  it('logs a handed-over send once the rest of the undo window has passed', () => {
    start('compose-new-en.html', false);
    const sentAt = Date.now();
    vi.advanceTimersByTime(1000);
    post({ type: 'leadtrail:popout-send', send: { snapshot, at: sentAt } }, null);
    vi.advanceTimersByTime(GMAIL_UNDO_MIN_MS - 1000 - 1);
    expect(observed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(observed).toEqual([expect.objectContaining({ direction: 'sent', subject: snapshot.subject, to: snapshot.to, at: sentAt, mailbox: 'ann.rep@acme-sales.com' })]);
  });

  it('drops a handed-over send when Undo is clicked in the main window', () => {
    const doc = start('compose-new-en.html', false);
    post({ type: 'leadtrail:popout-send', send: { snapshot, at: Date.now() } }, null);
    doc.body.insertAdjacentHTML('beforeend', '<div class="bAq" role="alert"><span class="aT">Message sent <span id="link_undo" role="link" tabindex="0">Undo</span></span></div>');
    (doc.querySelector('#link_undo') as HTMLElement).click();
    doc.querySelector('.bAq[role="alert"]')?.remove();
    vi.advanceTimersByTime(GMAIL_UNDO_MIN_MS + RECHECK_MS * 2);
    expect(observed).toEqual([]);
  });

  it('takes nothing malformed or from another origin', () => {
    start('compose-new-en.html', false);
    post({ type: 'leadtrail:popout-send', send: { snapshot: { ...snapshot, to: 'peter@example.com' }, at: Date.now() } }, null);
    post({ type: 'leadtrail:popout-send', send: { snapshot, at: Date.now() } }, null, 'https://evil.example');
    vi.advanceTimersByTime(GMAIL_UNDO_MIN_MS + RECHECK_MS);
    expect(observed).toEqual([]);
  });
});
