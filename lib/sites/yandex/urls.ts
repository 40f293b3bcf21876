import { parseUrl } from '../shared/url';

const HOSTS = new Set(['mail.yandex.ru', 'mail.yandex.com', 'mail.yandex.by', 'mail.yandex.kz']);

/**
 * Yandex Mail's web app on each regional host:
 * - https://mail.yandex.ru/?uid=1130000012345678#inbox
 * - https://mail.yandex.com/#message/186125336491478392
 * - https://mail.yandex.by/?dpda=yes#compose
 * - https://mail.yandex.kz/#thread/t186125336491478392
 * - https://mail.yandex.ru/compose?to=peter%40example.com (compose in its own window)
 * Not the app:
 * - https://mail.yandex.ru/lite/ (the light HTML version, another DOM)
 * - https://mail.yandex.ru/message_part/report.pdf?hid=1.2 (an attachment)
 * - https://mail.yandex.ru.evil.example/
 */
export function isYandexApp(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || !HOSTS.has(parsed.hostname)) return false;
  return !/^\/(lite|message_part|print)(\/|$)/.test(parsed.pathname);
}

/**
 * A compose opened as its own window (mailto: handler, "open in a new window"); Yandex closes it after Send:
 * - https://mail.yandex.ru/compose?to=peter%40example.com
 * - https://mail.yandex.com/compose/?oid=186125336491478392
 * Not a pop-out:
 * - https://mail.yandex.ru/#compose (compose inside the app)
 */
export function isYandexPopout(url: string): boolean {
  const parsed = parseUrl(url);
  return !!parsed && isYandexApp(url) && /^\/compose(\/|$)/.test(parsed.pathname);
}
