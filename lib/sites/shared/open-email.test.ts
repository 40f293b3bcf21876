import { describe, expect, it } from 'vitest';
import { isOpenEmail, isOpenEmailRequest, OPEN_EMAIL, type OpenEmail } from '../../messaging/open-email';
import { loadFixture } from '../../../tests/unit/sites/load-fixture';
import { ARCHIVE, DMITRY, LISA, OLGA, PETER, SERGEY, ZAKUPKI } from '../../../tests/unit/sites/people';
import { gmailAdapter } from '../gmail/adapter';
import { mailruAdapter } from '../mailru/adapter';
import { outlookAdapter } from '../outlook/adapter';
import { yandexAdapter } from '../yandex/adapter';
import { answerOpenEmail, isOwnExtensionPage, readOpenEmail } from './open-email';
import type { SiteAdapter } from './types';

function read(adapter: SiteAdapter, provider: string, fixture: string): OpenEmail {
  return readOpenEmail(loadFixture(provider, fixture), adapter);
}

describe('readOpenEmail', () => {
  it('lists an inline reply and its conversation once each, compose first, without the rep', () => {
    const open = read(gmailAdapter, 'gmail', 'reply-inline-en.html');
    // Peter and Lisa are in both the reply and the thread; Ann (the mailbox) writes and is left out.
    expect(open).toEqual({ provider: 'gmail', compose: true, messages: 2, subject: 'Re: Pricing for Q3', addresses: [PETER, LISA] });
    expect(isOpenEmail(open)).toBe(true);
  });

  it('takes To, Cc and Bcc of a compose, typed addresses included', () => {
    const open = read(gmailAdapter, 'gmail', 'compose-new-ru-many.html');
    expect(open.compose).toBe(true);
    expect(open.messages).toBe(0);
    expect(open.addresses).toEqual([SERGEY, ZAKUPKI, { email: OLGA.email }, DMITRY, ARCHIVE]);
  });

  it('reads a conversation with no compose: senders and recipients of the expanded messages', () => {
    const open = read(gmailAdapter, 'gmail', 'thread-ru.html');
    expect(open).toMatchObject({ compose: false, messages: 2, subject: 'Поставка подшипников' });
    expect(open.addresses).toEqual([SERGEY, ZAKUPKI, OLGA]);
  });

  it.each([
    { adapter: outlookAdapter, provider: 'outlook', subject: 'Pricing for Q3', addresses: [PETER, LISA] },
    { adapter: yandexAdapter, provider: 'yandex', subject: 'Поставка подшипников', addresses: [SERGEY, ZAKUPKI, OLGA] },
    { adapter: mailruAdapter, provider: 'mailru', subject: 'Re: Поставка подшипников', addresses: [SERGEY, ZAKUPKI, OLGA] },
  ])('reads a $provider reply and its message the same way', ({ adapter, provider, subject, addresses }) => {
    expect(read(adapter, provider, 'reply-' + (provider === 'outlook' ? 'en' : 'ru') + '.html')).toEqual({ provider, compose: true, messages: 1, subject, addresses });
  });

  it('says nothing is open on an inbox list', () => {
    const doc = loadFixture('gmail', 'reply-inline-en.html');
    const mailbox = gmailAdapter.readMailbox(doc);
    // The app's shell stays (so the mailbox is still known); the conversation and compose are gone.
    for (const compose of gmailAdapter.findComposes(doc)) compose.remove();
    for (const message of gmailAdapter.threadMessages(doc)) message.remove();
    expect(gmailAdapter.readMailbox(doc)).toBe(mailbox);
    expect(readOpenEmail(doc, gmailAdapter)).toEqual({ provider: 'gmail', compose: false, messages: 0, subject: '', addresses: [] });
  });
});

describe('the request and the answer', () => {
  const ID = 'leadtrail-extension-id';
  const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
  const answer: OpenEmail = { provider: 'gmail', compose: false, messages: 1, subject: 'Hi', addresses: [PETER] };

  it('accepts exactly { type } as the request', () => {
    expect(isOpenEmailRequest({ type: OPEN_EMAIL })).toBe(true);
    expect(isOpenEmailRequest({ type: OPEN_EMAIL, payload: {} })).toBe(false);
    expect(isOpenEmailRequest({ type: 'capture.scan' })).toBe(false);
    expect(isOpenEmailRequest([OPEN_EMAIL])).toBe(false);
    expect(isOpenEmailRequest(null)).toBe(false);
  });

  it('answers only our own extension pages', () => {
    expect(isOwnExtensionPage(popup, ID)).toBe(true);
    // A content script of ours (it has a tab), another extension, or an unknown runtime id: no.
    expect(isOwnExtensionPage({ id: ID, tab: { id: 4 } }, ID)).toBe(false);
    expect(isOwnExtensionPage({ id: 'other-extension' }, ID)).toBe(false);
    expect(isOwnExtensionPage({}, '')).toBe(false);
  });

  it('reads the page only for our popup’s request, and leaves other messages to other listeners', async () => {
    let reads = 0;
    const readPage = () => {
      reads += 1;
      return answer;
    };
    await expect(answerOpenEmail({ type: OPEN_EMAIL }, popup, ID, readPage)).resolves.toEqual(answer);
    expect(answerOpenEmail({ type: OPEN_EMAIL }, { id: ID, tab: { id: 1 } }, ID, readPage)).toBeUndefined();
    expect(answerOpenEmail({ type: 'mail.status', payload: {} }, popup, ID, readPage)).toBeUndefined();
    expect(reads).toBe(1);
  });

  it('refuses malformed answers in the popup', () => {
    expect(isOpenEmail(answer)).toBe(true);
    expect(isOpenEmail({ ...answer, provider: 'hotmail' })).toBe(false);
    expect(isOpenEmail({ ...answer, provider: 'toString' })).toBe(false);
    expect(isOpenEmail({ ...answer, addresses: [{ name: 'No address' }] })).toBe(false);
    expect(isOpenEmail({ ...answer, compose: 'yes' })).toBe(false);
    expect(isOpenEmail(undefined)).toBe(false);
  });
});
