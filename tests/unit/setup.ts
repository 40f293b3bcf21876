import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import enMessages from '../../public/_locales/en/messages.json';

type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The fake browser has no i18n; resolve messages from the English locale the way Chrome does. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (enMessages as LocaleMessages)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = entry.placeholders ?? {};
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = placeholders[name.toLowerCase()];
    if (!placeholder) return whole;
    return placeholder.content.replace(/\$(\d)/g, (_m, index: string) => subs[Number(index) - 1] ?? '');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'LeadTrail', version: '0.1.0' });
});
