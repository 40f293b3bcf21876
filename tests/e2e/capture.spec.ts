import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { sendFromPage } from './helpers';

const TEAM_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Our team — Northwind Analytics</title>
<meta property="og:site_name" content="Northwind Analytics"></head>
<body>
  <h1>Meet the team</h1>
  <div class="team">
    <div class="member"><h3>Jane Doe</h3><p>Chief Technology Officer</p>
      <a href="mailto:jane.doe@northwind-analytics.com">jane.doe@northwind-analytics.com</a>
      <p>Tel: <a href="tel:+14155550123">+1 (415) 555-0123</a></p>
      <a href="https://www.linkedin.com/in/jane-doe-nw">LinkedIn</a></div>
    <div class="member"><h3>John Smith</h3><p>Head of Sales</p>
      <a href="mailto:john.smith@northwind-analytics.com">john.smith@northwind-analytics.com</a></div>
  </div>
</body></html>`;

let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url?.startsWith('/team') ? TEAM_PAGE : '<!doctype html><title>Empty</title><p>Nothing here.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function openTab(context: BrowserContext, serviceWorker: Worker, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const tabId = await serviceWorker.evaluate(async (target) => (await chrome.tabs.query({ url: target }))[0]?.id, url);
  expect(tabId).toBeDefined();
  return tabId as number;
}

test('capture finds people on a page, saves one as a lead with its source, and marks them known', async ({ context, serviceWorker, popup }) => {
  const url = `${origin}/team?utm_source=newsletter&utm_campaign=autumn`;
  const tabId = await openTab(context, serviceWorker, url);
  await popup.open({ tabId });
  await popup.page.getByTestId('tab-page').click();
  const people = popup.page.getByTestId('captured-person');
  await expect(people).toHaveCount(2);
  const jane = people.filter({ hasText: 'Jane Doe' });
  await expect(jane).toContainText('jane.doe@northwind-analytics.com');
  await jane.getByRole('button', { name: 'Save' }).click();
  await expect(jane.getByTestId('known')).toBeVisible();

  const found = await sendFromPage<Array<{ leadId: string; company?: string; stage: string }>>(popup.page, 'leads.search', { query: 'jane doe' });
  expect(found).toMatchObject({ ok: true, data: [{ company: 'Northwind Analytics', stage: 'open' }] });
  const leadId = found.ok ? found.data[0]?.leadId : undefined;
  const view = await sendFromPage(popup.page, 'leads.get', { leadId });
  expect(view).toMatchObject({
    ok: true,
    data: {
      lead: { source: { kind: 'page', url, title: 'Our team — Northwind Analytics', utm: { source: 'newsletter', campaign: 'autumn' } } },
      person: { emails: ['jane.doe@northwind-analytics.com'], phones: [{ e164: '+14155550123' }], profiles: [{ network: 'linkedin' }] },
      company: { name: 'Northwind Analytics' },
    },
  });

  // Opened again on the same page, Jane is already a lead.
  await popup.open({ tabId });
  await popup.page.getByTestId('tab-page').click();
  await expect(popup.page.getByTestId('captured-person').filter({ hasText: 'Jane Doe' }).getByTestId('known')).toBeVisible();
});

test('a page where injection is impossible gets a clear message', async ({ context, serviceWorker, popup, extensionId }) => {
  // Extension pages, like chrome:// pages, can never be scripted (and tabs can see their own URL).
  const tabId = await openTab(context, serviceWorker, `chrome-extension://${extensionId}/options.html`);
  await popup.open({ tabId });
  await popup.page.getByTestId('tab-page').click();
  await expect(popup.page.getByTestId('capture-error')).toContainText("browser's own pages");
});
