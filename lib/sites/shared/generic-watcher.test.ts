import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObservedMail } from '../../model/mail';
import { loadFixture } from '../../../tests/unit/sites/load-fixture';
import { MAILRU_UNDO_MIN_MS, mailruAdapter } from '../mailru/adapter';
import { OUTLOOK_UNDO_MAX_MS, OUTLOOK_UNDO_MIN_MS, outlookAdapter } from '../outlook/adapter';
import { YANDEX_UNDO_MAX_MS, YANDEX_UNDO_MIN_MS, yandexAdapter } from '../yandex/adapter';
import { plainHost } from './clock';
import type { SiteAdapter } from './types';
import { startWatcher } from './watcher';

let observed: ObservedMail[];
let host: ReturnType<typeof plainHost>;

function start(adapter: SiteAdapter, provider: string, fixture: string): Document {
  const doc = loadFixture(provider, fixture);
  startWatcher(doc, adapter, host, { observed: (mail) => observed.push(mail), health: () => undefined });
  // Received messages of the fixture's thread are not what these tests look at.
  observed = [];
  return doc;
}

function clickSend(adapter: SiteAdapter, doc: Document): void {
  const [compose] = adapter.findComposes(doc);
  const button = compose ? adapter.findSendButton(compose) : null;
  if (!(button instanceof HTMLElement)) throw new Error('no send button in fixture');
  button.click();
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(2026, 2, 3, 12, 0) });
  observed = [];
  host = plainHost();
});

afterEach(() => {
  host.invalidate();
  vi.useRealTimers();
});

describe('outlook sends', () => {
  it('logs once the compose is gone and no Undo bar is shown', () => {
    const doc = start(outlookAdapter, 'outlook', 'compose-new-en.html');
    clickSend(outlookAdapter, doc);
    doc.querySelector('[data-app-section="Form_Content"]')?.remove();
    vi.advanceTimersByTime(OUTLOOK_UNDO_MIN_MS);
    expect(observed).toMatchObject([
      { provider: 'outlook', direction: 'sent', mailbox: 'ann.rep@acme-sales.com', subject: 'Demo follow-up: LeadTrail for Northwind' },
    ]);
  });

  it('logs nothing when Undo on the sending bar is clicked', () => {
    const doc = start(outlookAdapter, 'outlook', 'compose-new-en.html');
    clickSend(outlookAdapter, doc);
    doc.querySelector('[data-app-section="Form_Content"]')?.remove();
    doc.body.insertAdjacentHTML('beforeend', '<div role="alert"><span>Sending…</span><button type="button">Undo</button></div>');
    vi.advanceTimersByTime(OUTLOOK_UNDO_MIN_MS + 1000);
    expect(observed).toEqual([]);
    (doc.querySelector('[role="alert"] button') as HTMLElement).click();
    doc.querySelector('[role="alert"]')?.remove();
    vi.advanceTimersByTime(OUTLOOK_UNDO_MAX_MS);
    expect(observed).toEqual([]);
  });

  it('logs an inline reply sent with Ctrl+Enter in its body, with the conversation id', () => {
    const doc = start(outlookAdapter, 'outlook', 'reply-en.html');
    const body = doc.querySelector('[data-app-section="Form_Content"] [role="textbox"][aria-multiline="true"]') as HTMLElement;
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    doc.querySelector('[data-app-section="Form_Content"]')?.remove();
    vi.advanceTimersByTime(OUTLOOK_UNDO_MIN_MS);
    expect(observed).toMatchObject([
      {
        subject: 'Pricing for Q3',
        threadId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOqJ3Z8xD0ZPk8Zk5bWl7zw=',
        cc: [{ name: 'Lisa Chen', email: 'lisa.chen@northwind-traders.com' }],
      },
    ]);
  });
});

describe('yandex sends', () => {
  it('logs when the compose form gives way to the "sent" screen in the same popup', () => {
    const doc = start(yandexAdapter, 'yandex', 'compose-new-ru-many.html');
    clickSend(yandexAdapter, doc);
    const compose = doc.querySelector('.ComposeReact') as Element;
    compose.className = 'ComposeDoneScreen';
    compose.innerHTML = '<div class="ComposeDoneScreen-Title">Письмо отправлено</div>';
    vi.advanceTimersByTime(YANDEX_UNDO_MIN_MS);
    expect(observed.map((m) => [m.provider, m.subject, m.to.length, m.cc.length, m.bcc.length])).toEqual([
      ['yandex', 'Коммерческое предложение на поставку подшипников', 3, 1, 1],
    ]);
  });

  it('logs nothing when «Отменить» is clicked in the notification', () => {
    const doc = start(yandexAdapter, 'yandex', 'compose-new-ru-many.html');
    clickSend(yandexAdapter, doc);
    doc.querySelector('.ComposeReact')?.remove();
    doc.body.insertAdjacentHTML('beforeend', '<div role="alert">Письмо отправляется <button type="button">Отменить</button></div>');
    (doc.querySelector('[role="alert"] button') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    doc.querySelector('[role="alert"]')?.remove();
    vi.advanceTimersByTime(YANDEX_UNDO_MAX_MS);
    expect(observed).toEqual([]);
  });
});

describe('mail.ru sends', () => {
  it('logs a send made with Enter on the focused Send button', () => {
    const doc = start(mailruAdapter, 'mailru', 'compose-new-ru-many.html');
    const send = doc.querySelector('[data-test-id="send"] .button2__txt') as HTMLElement;
    send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    doc.querySelector('.compose-app')?.remove();
    vi.advanceTimersByTime(MAILRU_UNDO_MIN_MS);
    expect(observed).toHaveLength(1);
    expect(observed[0]).toMatchObject({ provider: 'mailru', mailbox: 'anna.petrova@mail.ru', from: { email: 'anna.petrova@mail.ru' } });
  });

  it('logs nothing when the compose is discarded with «Отменить» instead of sent', () => {
    const doc = start(mailruAdapter, 'mailru', 'compose-new-ru-many.html');
    (doc.querySelector('[data-test-id="cancel"]') as HTMLElement).click();
    doc.querySelector('.compose-app')?.remove();
    vi.advanceTimersByTime(MAILRU_UNDO_MIN_MS * 5);
    expect(observed).toEqual([]);
  });
});

describe('e2e targets', () => {
  it('point at a Send button, compose and body in every listed fixture', async () => {
    const { e2eTargets } = await import('../e2e-targets');
    for (const [provider, target] of Object.entries(e2eTargets)) {
      for (const file of Object.values(target.fixtures)) {
        const doc = loadFixture(provider, file.split('/').pop() as string);
        if (file.includes('thread')) continue;
        expect([provider, file, !!doc.querySelector(target.send), !!doc.querySelector(target.compose), !!doc.querySelector(target.body)]).toEqual([provider, file, true, true, true]);
      }
    }
  });
});
