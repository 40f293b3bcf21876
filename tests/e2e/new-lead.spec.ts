import { expect, test } from './fixtures';
import { sendFromPage } from './helpers';

test('Save as lead from the context menu opens the form prefilled from the selection', async ({ popup }) => {
  const selection = 'Иванов Пётр Сергеевич\nКоммерческий директор\nТел.: +7 (495) 123-45-67, доб. 204\np.ivanov@romashka.ru';
  await popup.open({ query: new URLSearchParams({ new: '1', selection, page: 'https://romashka.ru/contacts', title: 'Контакты — Ромашка' }).toString() });
  const form = popup.page.getByTestId('new-lead-form');
  await expect(form.getByLabel('Name')).toHaveValue('Иванов Пётр Сергеевич');
  await expect(form.getByLabel('Job title')).toHaveValue('Коммерческий директор');
  await expect(form.getByLabel('Emails (comma-separated)')).toHaveValue('p.ivanov@romashka.ru');
  await expect(form.getByLabel('Phones (comma-separated)')).toHaveValue('+74951234567 ext. 204');
  await form.getByLabel('Company').fill('Ромашка');
  await form.getByRole('button', { name: 'Save lead' }).click();
  // Saved: the card of the new lead opens.
  await expect(popup.page.locator('#card-name')).toHaveText('Иванов Пётр Сергеевич');
  const found = await sendFromPage<Array<{ leadId: string; company?: string }>>(popup.page, 'leads.search', { query: 'иванов' });
  expect(found).toMatchObject({ ok: true, data: [{ company: 'Ромашка' }] });
  const view = await sendFromPage(popup.page, 'leads.get', { leadId: found.ok ? found.data[0]?.leadId : '' });
  expect(view).toMatchObject({ ok: true, data: { lead: { source: { kind: 'context-menu', url: 'https://romashka.ru/contacts' } }, person: { phones: [{ e164: '+74951234567', ext: '204' }] } } });
});

test('a lead typed by hand is checked before it is saved, and nothing typed is lost', async ({ popup }) => {
  await popup.open();
  await popup.page.getByTestId('tab-page').click();
  await popup.page.getByTestId('new-lead').click();
  const form = popup.page.getByTestId('new-lead-form');
  await form.getByLabel('Emails (comma-separated)').fill('jane@acme');
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(form).toContainText('Enter the person’s name.');
  await expect(form).toContainText('“jane@acme” is not an email address.');
  await form.getByLabel('Name').fill('Jane Doe');
  await form.getByLabel('Emails (comma-separated)').fill('jane@acme.com');
  await form.getByRole('button', { name: 'Save lead' }).click();
  await expect(popup.page.locator('#card-name')).toHaveText('Jane Doe');
});

test('on a webmail whose adapter is degraded, the popup warns', async ({ context, serviceWorker, popup }) => {
  await context.route('https://mail.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Gmail</title><p>Inbox</p>' }));
  const gmail = await context.newPage();
  await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
  const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id);
  await popup.open({ tabId: tabId as number });
  await sendFromPage(popup.page, 'mail.health', { provider: 'gmail', status: 'degraded', detail: 'send button not found in the open compose' });
  await popup.page.reload();
  await popup.page.getByTestId('tab-page').click();
  await expect(popup.page.getByTestId('webmail-warning')).toContainText('send button not found in the open compose');
});
