import browser from 'webextension-polyfill';
import type enMessages from '../../public/_locales/en/messages.json';

/** Every key of _locales/en/messages.json; a call with an unknown key fails `tsc`. */
export type MessageKey = keyof typeof enMessages;

/** The one way a visible string is produced: through the browser's i18n for the UI language. */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs =
    substitutions === undefined
      ? undefined
      : Array.isArray(substitutions)
        ? substitutions.map(String)
        : String(substitutions);
  return browser.i18n.getMessage(key, subs) || key;
}

/** The UI language as a BCP 47 tag, for Intl formatting of dates, numbers and money. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
