import browser from 'webextension-polyfill';
import { ProtocolError, send } from '../lib/messaging/client';
import type { ScanResult } from '../lib/messaging/protocol';
import { useRemote } from './use-remote';

/** The tab the popup acts on: `?tab=<id>` when given (tests, the context menu), else the active tab. */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new ProtocolError('cannot-inject', 'There is no active tab.');
  return tab.id;
}

/** What capture finds on the target tab, scanned once when the view opens and again on reload. */
export function useScan(search: string) {
  return useRemote<ScanResult>(async () => send('capture.scan', { tabId: await targetTabId(search) }), `scan:${search}`);
}
