/**
 * Webmail logging end to end: each provider's saved page is served at its real URL, so the shipped
 * content script runs on its real match pattern; the test plays the rep (clicks Send, Undo) and the
 * app (closes the compose), and reads the result back through the background like the popup does.
 */
import type { Page } from '@playwright/test';
import { e2eTargets } from '../../lib/sites/e2e-targets';
import type { MailProvider } from '../../lib/model/mail';
import { expect, test } from './fixtures';
import type { PopupPage } from './popup-page';
import {
  clickSend,
  IGOR,
  mailOf,
  OLGA,
  openMail,
  PETER,
  type Prospect,
  seed,
  sendThenUndo,
  SERGEY,
  serve,
  settleMs,
  stageOf,
  whenListening,
} from './webmail-helpers';

interface SendCase {
  provider: MailProvider;
  fixture: string;
  lead: Prospect;
  subject: string;
  to: Array<{ name?: string; email: string }>;
  cc?: Array<{ name?: string; email: string }>;
}

/** One fixture per provider, covering new/reply/pop-out and both UI languages across the four. */
const SENDS: SendCase[] = [
  {
    provider: 'gmail',
    fixture: e2eTargets.gmail.fixtures.newEn!,
    lead: PETER,
    subject: 'Demo follow-up: LeadTrail for Northwind',
    to: [{ name: 'Peter Novak', email: PETER.email }],
  },
  {
    provider: 'outlook',
    fixture: e2eTargets.outlook.fixtures.newRuMany!,
    lead: SERGEY,
    subject: 'Коммерческое предложение на поставку подшипников',
    to: [{ name: 'Сергей Иванов', email: SERGEY.email }, { email: 'zakupki@uralmash-group.ru' }, { email: OLGA.email }],
    cc: [{ name: 'Дмитрий Орлов', email: 'dmitry.orlov@vostok-trade.ru' }],
  },
  {
    provider: 'yandex',
    fixture: e2eTargets.yandex.fixtures.popoutEn!,
    lead: IGOR,
    subject: 'Fwd: Equipment specification',
    to: [
      { name: 'Igor Kuznetsov', email: IGOR.email },
      { name: 'Tender desk', email: 'tender@severstal-service.ru' },
      { name: 'Maria Volkova', email: 'm.volkova@severstal-service.ru' },
    ],
  },
  {
    provider: 'mailru',
    fixture: e2eTargets.mailru.fixtures.replyRu!,
    lead: SERGEY,
    subject: 'Re: Поставка подшипников',
    to: [{ name: 'Сергей Иванов', email: SERGEY.email }],
  },
];

for (const send of SENDS) {
  test(`${send.provider}: a sent email is logged on the recipient's lead, which moves to contacted`, async ({ popup }) => {
    const target = e2eTargets[send.provider];
    await popup.open();
    await seed(popup, [send.lead]);
    const page = await openMail(popup, send.provider, send.fixture);

    await clickSend(page, target);

    await expect.poll(() => mailOf(popup, send.lead.leadId, 'email-sent'), { timeout: settleMs(target) + 5000 }).toHaveLength(1);
    const [activity] = await mailOf(popup, send.lead.leadId, 'email-sent');
    expect(activity).toMatchObject({ origin: send.provider, summary: send.subject, details: { subject: send.subject, to: send.to, provider: send.provider } });
    if (send.cc) expect(activity?.details).toMatchObject({ cc: send.cc });
    expect(await stageOf(popup, send.lead.leadId)).toBe('contacted');
  });
}

for (const provider of ['gmail', 'outlook'] as const) {
  test(`${provider}: a lead's message in an opened thread is logged as received once, reload included`, async ({ popup }) => {
    const target = e2eTargets[provider];
    await popup.open();
    await seed(popup, [SERGEY]);
    const page = await openMail(popup, provider, target.fixtures.threadRu!);

    await expect.poll(() => mailOf(popup, SERGEY.leadId, 'email-received')).toHaveLength(1);
    const [received] = await mailOf(popup, SERGEY.leadId, 'email-received');
    expect(received).toMatchObject({ origin: provider, summary: 'Поставка подшипников', details: { from: { email: SERGEY.email }, subject: 'Поставка подшипников' } });
    // Reading a thread is not contacting: only a sent email moves the lead.
    expect(await stageOf(popup, SERGEY.leadId)).toBe('open');

    // Olga's message was on the page too, but she was no one's lead, so nothing was written for it.
    // Adding her now makes the reloaded page's report observable: once her message is logged, the
    // page has reported the whole thread again, Sergey's message included.
    const olga = await popup.send<{ leadId: string }>('capture.save', {
      person: { name: OLGA.name, emails: [OLGA.email], phones: [], profiles: [] },
      source: { kind: 'email', utm: {} },
    });
    await whenListening(popup, provider, () => page.reload());
    await expect.poll(() => mailOf(popup, olga.leadId, 'email-received')).toHaveLength(1);
    expect(await mailOf(popup, SERGEY.leadId, 'email-received')).toHaveLength(1);
  });
}

for (const provider of ['gmail', 'outlook', 'yandex', 'mailru'] as const) {
  test(`${provider}: an undone send logs nothing`, async ({ popup }) => {
    const target = e2eTargets[provider];
    const sent = SENDS.find((each) => each.provider === provider)!;
    await popup.open();
    await seed(popup, [sent.lead]);
    const page = await openMail(popup, provider, sent.fixture);

    await sendThenUndo(page, target);

    // Waiting out the undo window is the point: a send the tracker kept would be written by then.
    await page.waitForTimeout(settleMs(target));
    expect(await mailOf(popup, sent.lead.leadId, 'email-sent')).toEqual([]);
    expect(await stageOf(popup, sent.lead.leadId)).toBe('open');
  });
}

test('an address on the never-log list is not logged; the other recipients are', async ({ popup }) => {
  const target = e2eTargets.gmail;
  await popup.open();
  await seed(popup, [SERGEY, OLGA]);
  const settings = await popup.send<{ neverLog: string[] }>('settings.get', {});
  await popup.send('settings.save', { settings: { ...settings, neverLog: [SERGEY.email.toUpperCase()] } });
  // Sergey (To, chip), Olga (To, typed) and colleagues on the rep's own domain in Cc and Bcc.
  const page = await openMail(popup, 'gmail', target.fixtures.newRuMany!);

  await clickSend(page, target);

  await expect.poll(() => mailOf(popup, OLGA.leadId, 'email-sent'), { timeout: settleMs(target) + 5000 }).toHaveLength(1);
  expect(await mailOf(popup, SERGEY.leadId, 'email-sent')).toEqual([]);
  expect(await stageOf(popup, SERGEY.leadId)).toBe('open');
  // Nor is he offered as "not a lead": the never-log list keeps him out of everything.
  const status = await popup.send<{ unmatched: Array<{ email: string }> }>('mail.status', {});
  expect(status.unmatched.map((each) => each.email)).toEqual(['zakupki@uralmash-group.ru']);
});

test('the dashboard shows each adapter working, then degraded when the Send button disappears from Gmail', async ({ popup }) => {
  const target = e2eTargets.gmail;
  await popup.open();
  const gmail = await openMail(popup, 'gmail', target.fixtures.newEn!);
  const dashboard = await popup.page.context().newPage();
  await dashboard.goto(`chrome-extension://${popup.extensionId}/options.html`);
  await expect(dashboard.getByTestId('mail-health-gmail')).toHaveText('Gmail logging: working');
  await expect(dashboard.getByTestId('mail-health-outlook')).toHaveText('Outlook logging: not opened in this browser yet');

  // What a Gmail redesign looks like to the adapter: an open compose whose Send button it cannot find.
  await gmail.locator(target.send).first().evaluate((el) => el.remove());

  const line = dashboard.getByTestId('mail-health-gmail');
  await expect(async () => {
    await dashboard.reload();
    await expect(line).toHaveAttribute('data-status', 'degraded', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(line).toHaveText(/^Gmail logging: degraded since .*\d.* \(send button not found in the open compose\)$/);
  await expect(dashboard.getByTestId('mail-health')).toContainText('may not be logged');
});

test('the dashboard offers the people emailed who are not leads, and adds one as a lead', async ({ popup }) => {
  const target = e2eTargets.outlook;
  await popup.open();
  await seed(popup, []);
  const page = await openMail(popup, 'outlook', target.fixtures.newRuMany!);
  await clickSend(page, target);
  await expect
    .poll(async () => (await popup.send<{ unmatched: unknown[] }>('mail.status', {})).unmatched.length, { timeout: settleMs(target) + 5000 })
    .toBe(5);

  const dashboard = await popup.page.context().newPage();
  await dashboard.goto(`chrome-extension://${popup.extensionId}/options.html`);
  const offer = dashboard.getByTestId('mail-unmatched');
  await expect(offer.getByRole('heading')).toHaveText('You emailed 5 people who are not leads');
  const sergey = offer.getByTestId('mail-unmatched-row').filter({ hasText: SERGEY.email });
  await expect(sergey).toContainText('Коммерческое предложение на поставку подшипников');
  await sergey.getByRole('button', { name: 'Add as lead' }).click();

  await expect(offer.getByRole('heading')).toHaveText('You emailed 4 people who are not leads');
  await expect(sergey).toHaveCount(0);
  const found = await popup.send<Array<{ leadId: string; name: string }>>('leads.search', { query: SERGEY.email });
  expect(found).toHaveLength(1);
  const lead = await popup.send<{ lead: { source: { kind: string; title?: string } }; person: { fullName: string; emails: string[] } }>('leads.get', { leadId: found[0]!.leadId });
  expect(lead).toMatchObject({
    lead: { source: { kind: 'email', title: 'Коммерческое предложение на поставку подшипников' } },
    person: { fullName: 'Сергей Иванов', emails: [SERGEY.email] },
  });
});

test.describe('gmail pop-out compose', () => {
  const target = e2eTargets.gmail;
  const popoutUrl = 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1';

  /** The main window (a thread of the same account) opens the pop-out, the rep sends, it closes itself. */
  async function sendFromPopout(popup: PopupPage): Promise<Page> {
    await seed(popup, [IGOR]);
    const context = popup.page.context();
    await serve(context, target, { [target.url]: target.fixtures.threadRu!, [popoutUrl]: target.fixtures.popoutRu! });
    const main = await context.newPage();
    await whenListening(popup, 'gmail', () => main.goto(target.url));
    let popout: Page | undefined;
    await whenListening(popup, 'gmail', async () => {
      [popout] = await Promise.all([context.waitForEvent('page'), main.evaluate((url) => void window.open(url, '_blank', 'popup'), popoutUrl)]);
      await popout.waitForLoadState();
    });
    if (!popout) throw new Error('the pop-out did not open');
    await popout.locator(target.send).first().click();
    // Gmail closes the pop-out on Send; window.close() fires pagehide as a real close does.
    await popout.evaluate(() => void setTimeout(() => window.close(), 0));
    await popout.waitForEvent('close');
    return main;
  }

  test('a send is logged after the undo window the main window shows', async ({ popup }) => {
    await popup.open();
    await sendFromPopout(popup);
    await expect.poll(() => mailOf(popup, IGOR.leadId, 'email-sent'), { timeout: settleMs(target) + 5000 }).toHaveLength(1);
    const [activity] = await mailOf(popup, IGOR.leadId, 'email-sent');
    expect(activity).toMatchObject({ summary: 'Fwd: Спецификация оборудования', details: { mailbox: 'anna.petrova@vostok-trade.ru' } });
  });

  test('Undo clicked in the main window after the pop-out closed logs nothing', async ({ popup }) => {
    await popup.open();
    const main = await sendFromPopout(popup);
    await main.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), target.undoMarkup);
    await main.locator(target.undoControl).click();
    await main.locator('[role="alert"]').evaluate((el) => el.remove());
    await main.waitForTimeout(settleMs(target));
    expect(await mailOf(popup, IGOR.leadId, 'email-sent')).toEqual([]);
  });
});
