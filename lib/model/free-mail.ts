/**
 * Mail providers where unrelated people share a domain: such a domain is never a company (capture)
 * and never the rep's colleagues (webmail logging). Imports nothing: the injected extractor uses it.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set(
  `gmail.com googlemail.com mail.ru yandex.ru yandex.com ya.ru bk.ru list.ru inbox.ru internet.ru rambler.ru
outlook.com hotmail.com hotmail.co.uk live.com msn.com yahoo.com yahoo.co.uk ymail.com icloud.com me.com
mac.com aol.com gmx.com gmx.de gmx.net web.de protonmail.com proton.me zoho.com mail.com yandex.by yandex.kz
yandex.ua ukr.net qq.com 163.com comcast.net verizon.net att.net sbcglobal.net bellsouth.net`.split(/\s+/),
);
