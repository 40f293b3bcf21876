/**
 * "Save as lead" on a selection or a link: opens the popup page in a small window with the new-lead
 * form prefilled from what was clicked. The click grants activeTab for that tab, nothing more.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../i18n';

export const SAVE_AS_LEAD_MENU = 'leadtrail-save-as-lead';

/** The popup URL that opens the prefilled form; exported for tests. */
export function newLeadUrl(info: Pick<Menus.OnClickData, 'selectionText' | 'linkUrl' | 'pageUrl'>, tab?: Pick<Tabs.Tab, 'id' | 'title' | 'url'>): string {
  const params = new URLSearchParams({ new: '1' });
  if (info.selectionText) params.set('selection', info.selectionText.slice(0, 4000));
  if (info.linkUrl) params.set('link', info.linkUrl.slice(0, 4000));
  const pageUrl = tab?.url ?? info.pageUrl;
  if (pageUrl) params.set('page', pageUrl.slice(0, 4000));
  if (tab?.title) params.set('title', tab.title.slice(0, 1000));
  if (tab?.id !== undefined) params.set('tab', String(tab.id));
  return browser.runtime.getURL(`/popup.html?${params}`);
}

/** Menus persist across restarts; creating them again on install/update replaces the old ones. */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SAVE_AS_LEAD_MENU, title: t('contextSaveAsLead'), contexts: ['selection', 'link'] });
}

export function listenToContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_AS_LEAD_MENU) return;
    void browser.windows.create({ url: newLeadUrl(info, tab), type: 'popup', width: 420, height: 640 });
  });
}
