import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyProfileUrl, extractPage, normalizeEmail, normalizePhone } from '../../../lib/capture/index';
import { decodeCfEmail, emailsFromMailto, findEmailsInText } from '../../../lib/capture/emails';
import { findPhonesInText } from '../../../lib/capture/phones';
import { readName } from '../../../lib/capture/names';
import { decodeHtmlBytes } from '../../../lib/capture/saved-page';
import { FIXTURES } from './run-fixture';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('normalizeEmail', () => {
  it('lower-cases and strips mailto, queries, brackets and trailing punctuation', () => {
    expect(normalizeEmail('mailto:John.Smith@Acme.COM?subject=Hi')).toBe('john.smith@acme.com');
    expect(normalizeEmail('<sales@acme.com>.')).toBe('sales@acme.com');
    expect(normalizeEmail('in\u200bfo@acme.com')).toBe('info@acme.com');
    expect(normalizeEmail('Почта@Типография-Лист.РФ')).toBe('почта@типография-лист.рф');
  });
  it('rejects asset names, placeholders and made-up suffixes', () => {
    expect(normalizeEmail('logo@2x.png')).toBeNull();
    expect(normalizeEmail('you@example.com')).toBeNull();
    expect(normalizeEmail('name@yourdomain.com')).toBeNull();
    expect(normalizeEmail('a@b@c.com')).toBeNull();
    expect(normalizeEmail('user@host.invalidtld')).toBeNull();
  });
  it('reads disguised addresses in text but not prose', () => {
    expect(findEmailsInText('info [at] firm [dot] co.uk, sales(at)firm.com')).toEqual(['info@firm.co.uk', 'sales@firm.com']);
    expect(findEmailsInText('ivan собака mail точка ru')).toEqual(['ivan@mail.ru']);
    expect(findEmailsInText('find us at amazon.com or meet us at noon')).toEqual([]);
  });
  it('reads every address of a mailto link and decodes Cloudflare protection', () => {
    expect(emailsFromMailto('mailto:a@x.com;B@x.com?cc=c%40x.com&subject=Hi')).toEqual(['a@x.com', 'b@x.com', 'c@x.com']);
    expect(decodeCfEmail('4a222f262625')).toBeNull();
    const key = 0x4a;
    const hex = key.toString(16) + [...'a@ridge.com'].map((c) => (c.charCodeAt(0) ^ key).toString(16).padStart(2, '0')).join('');
    expect(decodeCfEmail(hex)).toBe('a@ridge.com');
  });
});

describe('normalizePhone', () => {
  it('gives E.164 with the extension apart', () => {
    expect(normalizePhone('+7 (495) 123-45-67 доб. 204')).toEqual({ e164: '+74951234567', ext: '204', raw: '+7 (495) 123-45-67 доб. 204' });
    expect(normalizePhone('8 800 555-35-35', 'RU')?.e164).toBe('+78005553535');
    expect(normalizePhone('tel:(212) 555-0134', 'US')?.e164).toBe('+12125550134');
    expect(normalizePhone('020 7946 0018', 'GB')?.e164).toBe('+442079460018');
  });
  it('rejects what is not a valid number', () => {
    expect(normalizePhone('12345', 'US')).toBeNull();
    expect(normalizePhone('no digits')).toBeNull();
    expect(normalizePhone('8 800 555-35-35', 'US')).toBeNull();
  });
  it('does not read identifiers, accounts, prices and dates as phones', () => {
    expect(findPhonesInText('ИНН 7701234567, ОГРН 1027700132195, р/с 40702810900000012345', 'RU')).toEqual([]);
    expect(findPhonesInText('Order #4155550199 — total $4,155,550,199', 'US')).toEqual([]);
    expect(findPhonesInText('Тел.: 8-912-345-67-89, 12.03.2024', 'RU').map((p) => p.e164)).toEqual(['+79123456789']);
  });
});

describe('classifyProfileUrl', () => {
  it('names networks and canonicalises the link', () => {
    expect(classifyProfileUrl('https://www.linkedin.com/in/jane-doe/?trk=x')).toEqual({ network: 'linkedin', url: 'https://linkedin.com/in/jane-doe' });
    expect(classifyProfileUrl('https://twitter.com/jane')).toEqual({ network: 'x', url: 'https://x.com/jane' });
    expect(classifyProfileUrl('https://api.whatsapp.com/send?phone=79213334455')).toEqual({ network: 'whatsapp', url: 'https://wa.me/79213334455' });
    expect(classifyProfileUrl('https://t.me/durov')?.network).toBe('telegram');
    expect(classifyProfileUrl('https://vk.com/id1')?.network).toBe('vk');
    expect(classifyProfileUrl('https://hh.ru/resume/abc123')?.network).toBe('hhru');
    expect(classifyProfileUrl('https://ok.ru/profile/5751')?.network).toBe('okru');
    expect(classifyProfileUrl('https://github.com/octocat')?.network).toBe('github');
    expect(classifyProfileUrl('https://instagram.com/nasa')?.network).toBe('instagram');
    expect(classifyProfileUrl('https://m.facebook.com/acme')?.network).toBe('facebook');
    expect(classifyProfileUrl('https://acme.com/about#team')).toEqual({ network: 'website', url: 'https://acme.com/about' });
  });
  it('refuses share buttons, posts and non-web links', () => {
    expect(classifyProfileUrl('https://www.facebook.com/sharer/sharer.php?u=x')).toBeNull();
    expect(classifyProfileUrl('https://twitter.com/intent/tweet?text=x')).toBeNull();
    expect(classifyProfileUrl('https://vk.com/share.php?url=x')).toBeNull();
    expect(classifyProfileUrl('https://instagram.com/p/Cx123')).toBeNull();
    expect(classifyProfileUrl('javascript:void(0)')).toBeNull();
  });
});

describe('names', () => {
  it('reads English and Russian names in both orders, with honorifics and suffixes', () => {
    expect(readName('Dr. Jane Q. Smith, MD')).toEqual({ name: 'Jane Q. Smith', evidence: 'strong' });
    expect(readName('Иванов Иван Иванович')).toEqual({ name: 'Иванов Иван Иванович', evidence: 'strong' });
    expect(readName('Иван Иванович Иванов')?.evidence).toBe('strong');
    expect(readName('Смирнова Ольга')?.evidence).toBe('strong');
    expect(readName('Austin Street')).toBeNull();
    expect(readName('Julian Bowen Furniture')).toBeNull();
  });
});

describe('saved pages', () => {
  it('decodes the windows-1251 fixture from its real bytes', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'ru-cp1251.html')));
    expect(bytes.includes(0xd1)).toBe(true);
    const { html, charset } = decodeHtmlBytes(bytes);
    expect(charset).toBe('windows-1251');
    expect(html).toContain('Соколов Андрей Викторович');
  });
  it('honours a BOM, and reads undeclared non-UTF-8 bytes as windows-1252', () => {
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).html).toBe('A');
    expect(decodeHtmlBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).html).toBe('Café');
    expect(decodeHtmlBytes(new TextEncoder().encode('<p>Ёлка</p>')).html).toBe('<p>Ёлка</p>');
  });
});

describe('extractPage', () => {
  it('keeps the full result: region, company profiles, vCard links', () => {
    const html = readFileSync(join(FIXTURES, 'ru-contacts.html'), 'utf8');
    const r = extractPage(page(html), { url: 'https://sever-stroy.ru/contacts', locale: 'en-US' });
    expect(r.region).toBe('RU');
    expect(r.organizations[0]?.profiles.map((p) => p.url)).toEqual(['https://vk.com/severstroy', 'https://wa.me/79213334455', 'https://t.me/severstroy']);
    const mail = extractPage(page(readFileSync(join(FIXTURES, 'en-mailto-variants.html'), 'utf8')), { url: 'https://pixelforge.dev/contact' });
    expect(mail.vcards).toEqual(['https://pixelforge.dev/team/anna.vcf']);
  });
  it('takes the region from the page before the locale', () => {
    const doc = page('<html lang="ru"><body><p>Звоните: 8 (495) 123-45-67</p></body></html>');
    expect(extractPage(doc, { locale: 'en-US' }).organizations[0]?.phones).toEqual(['+74951234567']);
    const us = page('<html><body><p>Call 800-330-8247</p></body></html>');
    expect(extractPage(us, { locale: 'en-US' }).organizations[0]?.phones).toEqual(['+18003308247']);
  });
  it('works on an element root and stops at its size cap without throwing', () => {
    const doc = page(`<body><div id="a"><p>Mail a@acme.com</p></div><div id="b"><p>Mail b@acme.com</p>${'<p>filler text</p>'.repeat(2000)}</div></body>`);
    const a = doc.getElementById('a');
    if (!a) throw new Error('fixture');
    expect(extractPage(a).organizations[0]?.emails).toEqual(['a@acme.com']);
    const capped = extractPage(doc, {}, { maxChars: 100, maxNodes: 1_000_000 });
    expect(capped.truncated).toBe(true);
    expect(capped.organizations[0]?.emails).toEqual(['a@acme.com', 'b@acme.com']);
  });
});
