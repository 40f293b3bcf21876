import { backgroundWorker, expect, launchWithExtension, test } from './fixtures';
import { sampleBackup, sendFromPage } from './helpers';
import { PopupPage } from './popup-page';

test('data written through the background survives a browser restart', async ({ context, popup, userDataDir }) => {
  await popup.open();
  const restored = await sendFromPage(popup.page, 'backup.restore', { text: JSON.stringify(sampleBackup()) });
  expect(restored).toEqual({ ok: true, data: { people: 1, leads: 1, activities: 1 } });
  expect(await sendFromPage(popup.page, 'leads.changeStage', { leadId: 'l1', stage: 'qualified' })).toMatchObject({ ok: true, data: { stage: 'qualified' } });
  expect(await sendFromPage(popup.page, 'leads.update', { leadId: 'l1', patch: { segment: 'smb', tags: ['riw-2026'] } })).toMatchObject({ ok: true });

  // Closing the browser stops the worker; a new browser on the same profile starts a new one.
  await context.close();
  const reopened = await launchWithExtension(userDataDir);
  try {
    const worker = await backgroundWorker(reopened);
    const again = await new PopupPage(reopened, new URL(worker.url()).host).open();
    await expect(again.leadCount).toHaveText('Leads: 1');
    const view = await sendFromPage(again.page, 'leads.get', { leadId: 'l1' });
    expect(view).toMatchObject({ ok: true, data: { lead: { stage: 'qualified', segment: 'smb', tags: ['riw-2026'] }, person: { fullName: 'Иванов Пётр Сергеевич' } } });
    const history = await sendFromPage<Array<{ kind: string }>>(again.page, 'activities.list', { leadId: 'l1' });
    expect(history.ok && history.data.map((activity) => activity.kind).sort()).toEqual(['captured', 'field-change', 'field-change', 'stage-change']);
  } finally {
    await reopened.close();
  }
});

test('a malformed message gets an error and writes nothing', async ({ popup }) => {
  await popup.open();
  expect(await sendFromPage(popup.page, 'backup.restore', { text: '{"format":"leadtrail-backup","version":1}' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  expect(await sendFromPage(popup.page, 'leads.changeStage', { leadId: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  await expect(popup.leadCount).toHaveText('Leads: 0');
});
