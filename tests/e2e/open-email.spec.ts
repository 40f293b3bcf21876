import { e2eTargets } from '../../lib/sites/e2e-targets';
import { expect, test } from './fixtures';
import { openMail, PETER, seed } from './webmail-helpers';

const LISA = 'lisa.chen@northwind-traders.com';

interface Known {
  email: string;
  personId: string;
  leadId?: string;
  name: string;
}

test('on a Gmail thread, "In this email" shows the seeded lead and adds the other recipient as a lead', async ({ serviceWorker, popup }) => {
  // The inline reply to Peter Novak with Lisa Chen in Cc, inside the conversation they wrote in.
  await seed(popup, [PETER]);
  const gmail = await openMail(popup, 'gmail', e2eTargets.gmail.fixtures.replyEn as string);
  await expect(gmail).toHaveURL(/^https:\/\/mail\.google\.com\//);
  const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id);
  expect(tabId).toEqual(expect.any(Number));

  await popup.open({ tabId: tabId as number });
  await popup.tab('page').click();
  const section = popup.page.getByTestId('open-email');
  await expect(section.getByRole('heading', { name: 'In this email' })).toBeVisible();

  const peter = section.locator(`[data-testid="open-email-person"][data-email="${PETER.email}"]`);
  await expect(peter.getByTestId('open-email-lead')).toHaveText('Lead');
  await expect(peter.locator('.row-title')).toHaveText(PETER.name);
  await expect(peter.getByRole('button', { name: 'Open' })).toBeVisible();

  const lisa = section.locator(`[data-testid="open-email-person"][data-email="${LISA}"]`);
  await expect(lisa.getByTestId('open-email-not-lead')).toHaveText('Not a lead');
  // The rep's own address is in the thread too, and is never offered as a lead.
  await expect(section.locator('[data-testid="open-email-person"][data-email="ann.rep@acme-sales.com"]')).toHaveCount(0);
  await expect(section.getByTestId('open-email-person')).toHaveCount(2);

  await lisa.getByRole('button', { name: 'Add as lead' }).click();
  await expect(lisa.getByTestId('open-email-lead')).toHaveText('Added');
  const [known] = await popup.send<Known[]>('people.lookup', { emails: [LISA] });
  expect(known).toMatchObject({ email: LISA, name: 'Lisa Chen', leadId: expect.any(String) });
  const lead = await popup.send<{ lead: { source: { kind: string } } }>('leads.get', { leadId: known?.leadId });
  expect(lead.lead.source.kind).toBe('email');

  // Open goes to the new lead's card.
  await lisa.getByRole('button', { name: 'Open' }).click();
  await expect(popup.page.getByTestId('card-name')).toContainText('Lisa Chen');
});
