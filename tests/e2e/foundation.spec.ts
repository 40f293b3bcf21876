import { expect, test } from './fixtures';

test('the service worker starts and the manifest is the shipped one plus 127.0.0.1', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('LeadTrail');
  expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
});

test('the popup renders and gets its status from the background', async ({ popup }) => {
  await popup.open();
  await expect(popup.page.getByRole('heading', { name: 'LeadTrail' })).toBeVisible();
  await expect(popup.leadCount).toHaveText('Leads: 0');
  await expect(popup.dueCount).toHaveText('Follow-ups due: 0');
});

test('the background refuses an unknown message from the popup with an error reply', async ({ popup }) => {
  await popup.open();
  const reply = await popup.page.evaluate(() => chrome.runtime.sendMessage({ type: 'nope', payload: {} }));
  expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
});


test('the shipped manifest asks for no host access beyond the webmail apps', async () => {
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url), 'utf8')) as chrome.runtime.ManifestV3;
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions?.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage', 'unlimitedStorage']);
  expect(manifest.host_permissions?.sort()).toEqual([
    'https://e.mail.ru/*', 'https://mail.google.com/*', 'https://mail.yandex.by/*', 'https://mail.yandex.com/*', 'https://mail.yandex.kz/*',
    'https://mail.yandex.ru/*', 'https://octavius.mail.ru/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*',
  ]);
  for (const script of manifest.content_scripts ?? []) expect(script.matches).not.toContain('<all_urls>');
});
