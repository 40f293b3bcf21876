import { describe, expect, it } from 'vitest';
import { loadFixture, readComposes, readThread } from '../../../tests/unit/sites/load-fixture';
import { EN_ONE, FORWARD_EN_TO, OLGA, RU_MANY, SERGEY, ZAKUPKI } from '../../../tests/unit/sites/people';
import { stableId } from '../shared/generic';
import { mailruAdapter } from './adapter';
import { isMailruApp, isMailruComposePage } from './urls';

describe('mail.ru urls', () => {
  it('knows the mail app on e.mail.ru and octavius.mail.ru', () => {
    expect(isMailruApp('https://e.mail.ru/inbox/')).toBe(true);
    expect(isMailruApp('https://e.mail.ru/inbox/0:16789012345678901234:0/')).toBe(true);
    expect(isMailruApp('https://e.mail.ru/thread/1:6d1a0b3c2e4f5a67:0/')).toBe(true);
    expect(isMailruApp('https://octavius.mail.ru/inbox/')).toBe(true);
    expect(isMailruApp('https://mail.ru/')).toBe(false);
    expect(isMailruApp('https://e.mail.ru/attaches-viewer/?x-email=ann%40mail.ru')).toBe(false);
    expect(isMailruApp('https://e.mail.ru.evil.example/inbox/')).toBe(false);
  });

  it('knows the compose page, which is not a self-closing pop-out', () => {
    expect(isMailruComposePage('https://e.mail.ru/compose/?mailto=mailto%3Apeter%40example.com')).toBe(true);
    expect(isMailruComposePage('https://e.mail.ru/compose/1:6d1a0b3c2e4f5a67:0/forward/')).toBe(true);
    expect(isMailruComposePage('https://e.mail.ru/inbox/')).toBe(false);
    expect(mailruAdapter.isPopout('https://e.mail.ru/compose/')).toBe(false);
  });
});

describe('mail.ru compose extraction', () => {
  it('reads a Russian compose with bubbles, a typed address, Cc and Bcc', () => {
    expect(readComposes(mailruAdapter, 'mailru', 'compose-new-ru-many.html')).toEqual([
      {
        ...RU_MANY,
        body: 'Добрый день, коллеги!\nНаправляю предложение. Цены действуют до конца месяца.\n\nС уважением,\nАнна Петрова',
      },
    ]);
    expect(mailruAdapter.readMailbox(document)).toBe('anna.petrova@mail.ru');
  });

  it('reads an English compose to one recipient', () => {
    expect(readComposes(mailruAdapter, 'mailru', 'compose-new-en.html')).toEqual([
      {
        ...EN_ONE,
        body: 'Hi Peter,\nThanks for the call today.\nAnn',
      },
    ]);
    expect(mailruAdapter.readMailbox(document)).toBe('ann.rep@mail.ru');
  });

  it('reads a Russian reply with the quoted letter', () => {
    expect(readComposes(mailruAdapter, 'mailru', 'reply-ru.html')).toEqual([
      {
        to: [SERGEY],
        cc: [],
        bcc: [],
        subject: 'Re: Поставка подшипников',
        body: 'Сергей, договор во вложении.\n\nАнна, добрый день!',
      },
    ]);
  });

  it('reads an English forward on the compose page to three recipients', () => {
    expect(readComposes(mailruAdapter, 'mailru', 'compose-page-en.html')).toEqual([
      {
        to: FORWARD_EN_TO,
        cc: [],
        bcc: [],
        subject: 'Fwd: Equipment specification',
        body: 'Igor, forwarding the specification.\n\n-------- Forwarded message --------\nFrom: Potok Plant <sales@potok-zavod.ru>',
      },
    ]);
  });

  it('does not take the compose’s own «Отменить» (discard) for an Undo offer', () => {
    const doc = loadFixture('mailru', 'compose-new-ru-many.html');
    const discard = doc.querySelector('[data-test-id="cancel"]') as Element;
    expect(mailruAdapter.isUndoControl(discard)).toBe(false);
    expect(mailruAdapter.findUndo(doc)).toBeNull();
  });
});

describe('mail.ru thread extraction', () => {
  it('reads the received letter with recipients, copy and full date', () => {
    const body = 'Анна, добрый день!\nГотовы обсудить объём 1200 шт.';
    expect(readThread(mailruAdapter, 'mailru', 'reply-ru.html')).toEqual([
      {
        messageId: `mailru-h:${stableId(['sergey.ivanov@uralmash-group.ru', '3 марта 2026, 14:07', body])}`,
        from: SERGEY,
        to: [{ name: 'вам', email: 'anna.petrova@mail.ru' }, ZAKUPKI],
        cc: [OLGA],
        subject: 'Поставка подшипников',
        body,
        at: new Date(2026, 2, 3, 14, 7).getTime(),
      },
    ]);
  });
});
