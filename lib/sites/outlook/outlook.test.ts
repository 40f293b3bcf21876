import { describe, expect, it } from 'vitest';
import { loadFixture, readComposes, readThread } from '../../../tests/unit/sites/load-fixture';
import { EN_ONE, FORWARD_RU_TO, LISA, OLGA, PETER, RU_MANY, SERGEY, ZAKUPKI } from '../../../tests/unit/sites/people';
import { stableId } from '../shared/generic';
import { outlookAdapter } from './adapter';
import { isOutlookApp, isOutlookPopout } from './urls';

describe('outlook urls', () => {
  it('knows the mail module on all three hosts', () => {
    expect(isOutlookApp('https://outlook.live.com/mail/0/')).toBe(true);
    expect(isOutlookApp('https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOqJ3Z8xD0ZPk8Zk5bWl7zw%3D')).toBe(true);
    expect(isOutlookApp('https://outlook.office.com/mail/inbox')).toBe(true);
    expect(isOutlookApp('https://outlook.office365.com/mail/sentitems')).toBe(true);
    expect(isOutlookApp('https://outlook.live.com/calendar/0/view/week')).toBe(false);
    expect(isOutlookApp('https://outlook.office.com/people/')).toBe(false);
    expect(isOutlookApp('https://outlook.live.com.evil.example/mail/0/')).toBe(false);
  });

  it('knows pop-out compose windows', () => {
    expect(isOutlookPopout('https://outlook.live.com/mail/0/deeplink/compose?to=peter%40example.com')).toBe(true);
    expect(isOutlookPopout('https://outlook.office.com/mail/deeplink/compose/AAMkAGI2TG93AAA%3D?popoutv2=1&version=20240101.01')).toBe(true);
    expect(isOutlookPopout('https://outlook.office.com/mail/inbox')).toBe(false);
  });
});

describe('outlook compose extraction', () => {
  it('reads a new English compose to one recipient', () => {
    expect(readComposes(outlookAdapter, 'outlook', 'compose-new-en.html')).toEqual([
      {
        ...EN_ONE,
        body: 'Hi Peter,\n\nThanks for the call today. The pricing sheet is attached.\n\nAnn',
      },
    ]);
    expect(outlookAdapter.readMailbox(document)).toBe('ann.rep@acme-sales.com');
  });

  it('reads a Russian compose with pills, a typed address, Cc and Bcc', () => {
    expect(readComposes(outlookAdapter, 'outlook', 'compose-new-ru-many.html')).toEqual([
      {
        ...RU_MANY,
        body: 'Добрый день, коллеги!\nНаправляю предложение. Цены действуют до конца месяца.\n\nС уважением,\nАнна Петрова',
      },
    ]);
    expect(outlookAdapter.readMailbox(document)).toBe('anna.petrova@outlook.com');
  });

  it('reads an inline reply-all, taking subject and conversation id from the conversation', () => {
    expect(readComposes(outlookAdapter, 'outlook', 'reply-en.html')).toEqual([
      {
        to: [PETER],
        cc: [LISA],
        bcc: [],
        subject: 'Pricing for Q3',
        body: 'Hi Peter and Lisa,\n40 seats come to $18,400 per year.\nAnn',
        threadId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOqJ3Z8xD0ZPk8Zk5bWl7zw=',
      },
    ]);
  });

  it('reads a Russian pop-out forward to three recipients', () => {
    expect(readComposes(outlookAdapter, 'outlook', 'popout-ru.html')).toEqual([
      {
        to: FORWARD_RU_TO,
        cc: [],
        bcc: [],
        subject: 'ПЕР: Спецификация оборудования',
        body: 'Игорь, пересылаю спецификацию.\n\nОт: Завод «Поток» <sales@potok-zavod.ru>\nТема: Спецификация оборудования',
      },
    ]);
  });

  it('does not take the toolbar’s Discard («Отменить») for an Undo offer', () => {
    const doc = loadFixture('outlook', 'compose-new-ru-many.html');
    expect(outlookAdapter.findUndo(doc)).toBeNull();
    doc.body.insertAdjacentHTML('beforeend', '<div role="alert"><span>Отправка…</span><button type="button">Отменить</button></div>');
    expect(outlookAdapter.findUndo(doc)?.textContent).toBe('Отменить');
  });
});

describe('outlook thread extraction', () => {
  it('reads the received English message with a stable derived id', () => {
    const body = 'Hi Ann,\nCould you send the Q3 pricing for 40 seats? We would like to decide by Friday.\nThanks,\nPeter';
    expect(readThread(outlookAdapter, 'outlook', 'reply-en.html')).toEqual([
      {
        messageId: `outlook-h:${stableId(['peter.novak@northwind-traders.com', 'Tue 3/3/2026 9:42 AM', body])}`,
        threadId: 'AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOqJ3Z8xD0ZPk8Zk5bWl7zw=',
        from: PETER,
        to: [{ name: 'Ann Rep', email: 'ann.rep@acme-sales.com' }],
        cc: [LISA],
        subject: 'Pricing for Q3',
        body,
        at: new Date(2026, 2, 3, 9, 42).getTime(),
      },
    ]);
  });

  it('reads two received Russian messages', () => {
    const messages = readThread(outlookAdapter, 'outlook', 'thread-ru.html');
    expect(messages).toEqual([
      {
        messageId: `outlook-h:${stableId(['sergey.ivanov@uralmash-group.ru', 'Вт 03.03.2026 14:07', 'Анна, добрый день!\nГотовы обсудить объём 1200 шт.'])}`,
        threadId: 'AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAJk2',
        from: SERGEY,
        to: [{ name: 'Анна Петрова', email: 'anna.petrova@outlook.com' }, ZAKUPKI],
        cc: [OLGA],
        subject: 'Поставка подшипников',
        body: 'Анна, добрый день!\nГотовы обсудить объём 1200 шт.',
        at: new Date(2026, 2, 3, 14, 7).getTime(),
      },
      {
        messageId: `outlook-h:${stableId(['o.smirnova@uralmash-group.ru', 'Вт 03.03.2026 17:45', 'Добавляю реквизиты для договора.'])}`,
        threadId: 'AQQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAJk2',
        from: OLGA,
        to: [{ name: 'Анна Петрова', email: 'anna.petrova@outlook.com' }],
        cc: [],
        subject: 'Поставка подшипников',
        body: 'Добавляю реквизиты для договора.',
        at: new Date(2026, 2, 3, 17, 45).getTime(),
      },
    ]);
    expect(messages[0]?.messageId).not.toBe(messages[1]?.messageId);
  });
});
