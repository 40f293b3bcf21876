import { describe, expect, it } from 'vitest';
import { readComposes, readThread } from '../../../tests/unit/sites/load-fixture';
import { EN_ONE, FORWARD_EN_TO, OLGA, RU_MANY, SERGEY, ZAKUPKI } from '../../../tests/unit/sites/people';
import { stableId } from '../shared/generic';
import { yandexAdapter } from './adapter';
import { isYandexApp, isYandexPopout } from './urls';

describe('yandex urls', () => {
  it('knows the app on every regional host, not the light version or attachments', () => {
    expect(isYandexApp('https://mail.yandex.ru/?uid=1130000012345678#inbox')).toBe(true);
    expect(isYandexApp('https://mail.yandex.com/#message/186125336491478392')).toBe(true);
    expect(isYandexApp('https://mail.yandex.by/?dpda=yes#compose')).toBe(true);
    expect(isYandexApp('https://mail.yandex.kz/#thread/t186125336491478392')).toBe(true);
    expect(isYandexApp('https://mail.yandex.ru/lite/')).toBe(false);
    expect(isYandexApp('https://mail.yandex.ru/message_part/report.pdf?hid=1.2')).toBe(false);
    expect(isYandexApp('https://mail.yandex.ru.evil.example/')).toBe(false);
  });

  it('knows compose windows', () => {
    expect(isYandexPopout('https://mail.yandex.ru/compose?to=peter%40example.com')).toBe(true);
    expect(isYandexPopout('https://mail.yandex.com/compose/?oid=186125336491478392')).toBe(true);
    expect(isYandexPopout('https://mail.yandex.ru/#compose')).toBe(false);
  });
});

describe('yandex compose extraction', () => {
  it('reads a Russian compose with bubbles, a typed address, Cc and Bcc', () => {
    expect(readComposes(yandexAdapter, 'yandex', 'compose-new-ru-many.html')).toEqual([
      {
        ...RU_MANY,
        body: 'Добрый день, коллеги!\nНаправляю предложение. Цены действуют до конца месяца.\n\nС уважением,\nАнна Петрова',
      },
    ]);
    expect(yandexAdapter.readMailbox(document)).toBe('anna.petrova@yandex.ru');
  });

  it('reads an English compose to one recipient', () => {
    expect(readComposes(yandexAdapter, 'yandex', 'compose-new-en.html')).toEqual([
      {
        ...EN_ONE,
        body: 'Hi Peter,\nThanks for the call today. The pricing sheet is attached.\nAnn',
      },
    ]);
    expect(yandexAdapter.readMailbox(document)).toBe('ann.rep@yandex.com');
  });

  it('reads the quick reply under an opened message, subject from the message', () => {
    expect(readComposes(yandexAdapter, 'yandex', 'reply-ru.html')).toEqual([
      {
        to: [SERGEY],
        cc: [],
        bcc: [],
        subject: 'Поставка подшипников',
        body: 'Сергей, договор во вложении.',
      },
    ]);
  });

  it('reads an English compose window forwarding to three recipients, with no account shown', () => {
    expect(readComposes(yandexAdapter, 'yandex', 'popout-en.html')).toEqual([
      {
        to: FORWARD_EN_TO,
        cc: [],
        bcc: [],
        subject: 'Fwd: Equipment specification',
        body: 'Igor, forwarding the specification.\n\n-------- Forwarded message --------\nFrom: Potok Plant <sales@potok-zavod.ru>',
      },
    ]);
    expect(yandexAdapter.readMailbox(document)).toBe('');
  });
});

describe('yandex thread extraction', () => {
  it('reads the received message with recipients, copy and full date', () => {
    const body = 'Анна, добрый день!\nГотовы обсудить объём 1200 шт.';
    expect(readThread(yandexAdapter, 'yandex', 'reply-ru.html')).toEqual([
      {
        messageId: `yandex-h:${stableId(['sergey.ivanov@uralmash-group.ru', '3 марта 2026 в 14:07', body])}`,
        from: SERGEY,
        to: [{ name: 'Анна Петрова', email: 'anna.petrova@yandex.ru' }, ZAKUPKI],
        cc: [OLGA],
        subject: 'Поставка подшипников',
        body,
        at: new Date(2026, 2, 3, 14, 7).getTime(),
      },
    ]);
  });
});
