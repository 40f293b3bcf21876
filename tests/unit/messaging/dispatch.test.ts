import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { protocol, type MessageType } from '../../../lib/messaging/protocol';
import { classifySender, dispatch, HandlerError, type Handlers } from '../../../lib/messaging/server';

const RUNTIME_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}`;
const popup: Runtime.MessageSender = { id: RUNTIME_ID, url: `${ORIGIN}/popup.html` };
const contentScript: Runtime.MessageSender = { id: RUNTIME_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false } };
const otherExtension: Runtime.MessageSender = { id: 'zzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzz/page.html' };

const TYPES = Object.keys(protocol) as MessageType[];

/** Handlers that record that they ran: a refused message must never reach one. */
function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    TYPES.map((type) => [type, vi.fn(async () => {
      calls.push(type);
      return { ok: 'handled' };
    })]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('classifySender', () => {
  it('tells extension pages from content scripts and refuses strangers', () => {
    expect(classifySender(popup, RUNTIME_ID, ORIGIN)).toBe('extension');
    expect(classifySender(contentScript, RUNTIME_ID, ORIGIN)).toBe('content');
    expect(classifySender(otherExtension, RUNTIME_ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: RUNTIME_ID, url: 'https://evil.example/' }, RUNTIME_ID, ORIGIN)).toBeNull();
  });
});

describe('dispatch', () => {
  it('refuses what is not a message', async () => {
    const { handlers, calls } = spyHandlers();
    for (const raw of [null, 42, 'leads.get', [], {}, { type: 5 }]) {
      expect(await dispatch(handlers, raw, popup, RUNTIME_ID, ORIGIN)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    expect(await dispatch(handlers, { type: 'leads.drop' }, popup, RUNTIME_ID, ORIGIN)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await dispatch(handlers, { type: '__proto__' }, popup, RUNTIME_ID, ORIGIN)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(calls).toEqual([]);
  });

  it.each(TYPES)('refuses malformed payloads of %s and runs nothing', async (type) => {
    const { handlers, calls } = spyHandlers();
    for (const payload of [42, 'text', [1, 2], { bogus: true, leadId: 5, reminderId: null, query: 7, tabId: -1, emails: 'x', provider: 'aol' }]) {
      const reply = await dispatch(handlers, { type, payload }, popup, RUNTIME_ID, ORIGIN);
      expect(reply, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(calls).toEqual([]);
  });

  it('lets content scripts send only what they need', async () => {
    const { handlers } = spyHandlers();
    const allowed = TYPES.filter((type) => protocol[type].callers.includes('content')).sort();
    expect(allowed).toEqual(['mail.health', 'mail.observed', 'people.lookup']);
    for (const type of TYPES.filter((each) => !allowed.includes(each))) {
      expect(await dispatch(handlers, { type, payload: {} }, contentScript, RUNTIME_ID, ORIGIN), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await dispatch(handlers, { type: 'people.lookup', payload: { emails: ['a@b.co'] } }, contentScript, RUNTIME_ID, ORIGIN)).toEqual({ ok: true, data: { ok: 'handled' } });
    expect(await dispatch(handlers, { type: 'people.lookup', payload: { emails: [] } }, otherExtension, RUNTIME_ID, ORIGIN)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns handler failures into error replies with their code', async () => {
    const handlers: Partial<Handlers> = {
      'leads.get': async () => {
        throw new HandlerError('not-found', 'This lead no longer exists.');
      },
      'app.status': async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      'settings.get': async () => {
        throw new Error('boom');
      },
    };
    const reply = (type: string, payload: unknown) => dispatch(handlers, { type, payload }, popup, RUNTIME_ID, ORIGIN);
    expect(await reply('leads.get', { leadId: 'x' })).toEqual({ ok: false, error: { code: 'not-found', message: 'This lead no longer exists.' } });
    expect(await reply('app.status', {})).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await reply('settings.get', {})).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(await reply('reminders.due', {})).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });
});
