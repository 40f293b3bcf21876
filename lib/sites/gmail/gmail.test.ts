import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/sites/load-fixture';
import { EN_ONE, FORWARD_RU_TO, LISA, OLGA, PETER, RU_MANY, SERGEY, ZAKUPKI } from '../../../tests/unit/sites/people';
import { gmailAdapter } from './adapter';
import { readGmailCompose } from './extractor';
import { isGmailApp, isGmailPopout } from './urls';

function composes(name: string) {
  const doc = loadFixture('gmail', name);
  return gmailAdapter.findComposes(doc).map(readGmailCompose);
}

function thread(name: string) {
  const doc = loadFixture('gmail', name);
  return gmailAdapter.threadMessages(doc).map((message) => gmailAdapter.readMessage(message, doc));
}

describe('gmail urls', () => {
  it('knows the app from attachments, print view and Chat', () => {
    expect(isGmailApp('https://mail.google.com/mail/u/0/#inbox')).toBe(true);
    expect(isGmailApp('https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmJbQwqZbLhNkQjZpHzc')).toBe(true);
    expect(isGmailApp('https://mail.google.com/mail/#sent')).toBe(true);
    expect(isGmailApp('https://mail.google.com/mail/u/0/?ui=2&ik=abc&view=att&th=18a4')).toBe(false);
    expect(isGmailApp('https://mail.google.com/mail/u/0/?ik=abc&view=pt&search=all')).toBe(false);
    expect(isGmailApp('https://mail.google.com/chat/u/0/')).toBe(false);
    expect(isGmailApp('https://mail.google.com.evil.example/mail/u/0/')).toBe(false);
  });

  it('knows pop-out compose windows', () => {
    expect(isGmailPopout('https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1&to=bob@example.com')).toBe(true);
    expect(isGmailPopout('https://mail.google.com/mail/u/0/?ui=2&view=btop&ver=1nnj51jn5rorm#cmid%253D2')).toBe(true);
    expect(isGmailPopout('https://mail.google.com/mail/u/0/#inbox?compose=new')).toBe(false);
  });
});

describe('gmail compose extraction', () => {
  it('reads a new English compose to one recipient', () => {
    expect(composes('compose-new-en.html')).toEqual([
      {
        ...EN_ONE,
        body: 'Hi Peter,\n\nThanks for the call today. As promised, the pricing sheet is attached.\n\nBest,\nAnn',
        messageId: 'msg-a:r-4821937740126559312',
      },
    ]);
    expect(gmailAdapter.readMailbox(document)).toBe('ann.rep@acme-sales.com');
  });

  it('reads a Russian compose with many recipients, one still being typed, Cc and Bcc', () => {
    expect(composes('compose-new-ru-many.html')).toEqual([
      {
        ...RU_MANY,
        body: 'Добрый день, коллеги!\nНаправляю предложение по поставке. Цены действуют до конца месяца.\n\nС уважением,\nАнна Петрова',
        messageId: 'msg-a:r7714285002918374461',
      },
    ]);
    expect(gmailAdapter.readMailbox(document)).toBe('anna.petrova@vostok-trade.ru');
  });

  it('reads an inline reply-all with its conversation id', () => {
    expect(composes('reply-inline-en.html')).toEqual([
      {
        to: [PETER],
        cc: [LISA],
        bcc: [],
        subject: 'Re: Pricing for Q3',
        body: 'Hi Peter and Lisa,\n40 seats come to $18,400 per year. Happy to walk you through it on Thursday.\nAnn',
        messageId: 'msg-a:r3309182736450011928',
        threadId: 'thread-f:1775568780109575075',
      },
    ]);
  });

  it('reads a Russian pop-out forward with three recipients and no saved draft yet', () => {
    expect(composes('popout-ru.html')).toEqual([
      {
        to: FORWARD_RU_TO,
        cc: [],
        bcc: [],
        subject: 'Fwd: Спецификация оборудования',
        body:
          'Игорь, пересылаю спецификацию от производителя.\n\n---------- Пересылаемое сообщение ---------\n' +
          'От: Завод «Поток» <sales@potok-zavod.ru>\nТема: Спецификация оборудования\n\nСпецификация во вложении.',
      },
    ]);
    expect(gmailAdapter.readMailbox(document)).toBe('anna.petrova@vostok-trade.ru');
  });

  it('finds the Send button, not the "More send options" arrow', () => {
    loadFixture('gmail', 'compose-new-en.html');
    const [compose] = gmailAdapter.findComposes(document);
    expect(compose && gmailAdapter.findSendButton(compose)?.getAttribute('aria-label')).toBe('Send ‪(Ctrl-Enter)‬');
  });

  it('falls back to the subject field when the M9 wrapper class is gone', () => {
    const doc = loadFixture('gmail', 'compose-new-en.html');
    for (const el of doc.querySelectorAll('.M9')) el.classList.remove('M9');
    const found = gmailAdapter.findComposes(doc);
    expect(found).toHaveLength(1);
    expect(found[0] && readGmailCompose(found[0]).subject).toBe('Demo follow-up: LeadTrail for Northwind');
  });
});

describe('gmail thread extraction', () => {
  it('reads the English conversation, the rep’s own message included (the watcher skips it)', () => {
    expect(thread('reply-inline-en.html')).toEqual([
      {
        messageId: 'msg-f:1775568780109575075',
        threadId: 'thread-f:1775568780109575075',
        from: PETER,
        to: [
          { name: 'Ann Rep', email: 'ann.rep@acme-sales.com' },
          LISA,
        ],
        cc: [],
        subject: 'Pricing for Q3',
        body: 'Hi Ann,\n\nCould you send the Q3 pricing for 40 seats? We would like to decide by Friday.\n\nThanks,\nPeter',
        at: new Date(2026, 2, 3, 9, 42).getTime(),
      },
      {
        messageId: 'msg-a:r-4821937740126559312',
        threadId: 'thread-f:1775568780109575075',
        from: { name: 'Ann Rep', email: 'ann.rep@acme-sales.com' },
        to: [PETER],
        cc: [],
        subject: 'Pricing for Q3',
        body: 'Hi Peter, the sheet is attached. Ann',
        at: new Date(2026, 2, 3, 11, 5).getTime(),
      },
    ]);
  });

  it('reads the Russian conversation and skips the collapsed message', () => {
    expect(thread('thread-ru.html')).toEqual([
      {
        messageId: 'msg-f:1776010457719882310',
        threadId: 'thread-f:1776002911830265541',
        from: SERGEY,
        to: [
          { name: 'Анна Петрова', email: 'anna.petrova@vostok-trade.ru' },
          ZAKUPKI,
        ],
        cc: [],
        subject: 'Поставка подшипников',
        body: 'Анна, добрый день!\nГотовы обсудить объём 1200 шт. Пришлите, пожалуйста, договор.\n--\nСергей Иванов\nУралмаш-Групп',
        at: new Date(2026, 2, 3, 14, 7).getTime(),
      },
      {
        messageId: 'msg-f:1776013320097114882',
        threadId: 'thread-f:1776002911830265541',
        from: OLGA,
        to: [{ name: 'Анна Петрова', email: 'anna.petrova@vostok-trade.ru' }],
        cc: [],
        subject: 'Поставка подшипников',
        body: 'Добавляю реквизиты для договора.',
        at: new Date(2026, 2, 3, 17, 45).getTime(),
      },
    ]);
  });
});
