import { describe, expect, it } from 'vitest';
import { initials } from '../../../components/avatar';
import { parseAmount, parseEmails, parsePhones, parseProfiles, parseTags } from '../../../components/field-parsers';
import { formatMoney } from '../../../components/format';
import { inOneHour, morningOf, nextMondayMorning, tomorrowMorning } from '../../../components/when';

describe('when', () => {
  const wednesday = new Date(2026, 10, 25, 14, 30).getTime();
  const monday = new Date(2026, 10, 23, 8, 0).getTime();

  it('picks the one-click snooze times in local time', () => {
    expect(inOneHour(wednesday)).toBe(wednesday + 3_600_000);
    expect(new Date(tomorrowMorning(wednesday))).toEqual(new Date(2026, 10, 26, 9, 0));
    expect(new Date(nextMondayMorning(wednesday))).toEqual(new Date(2026, 10, 30, 9, 0));
    // On a Monday, "next Monday" is a week ahead, never earlier the same day.
    expect(new Date(nextMondayMorning(monday))).toEqual(new Date(2026, 10, 30, 9, 0));
    expect(new Date(morningOf('2027-01-04'))).toEqual(new Date(2027, 0, 4, 9, 0));
  });
});

describe('field parsers', () => {
  it('normalises emails and names the bad one', () => {
    expect(parseEmails(' A@B.example , a@b.example;c@d.example ')).toEqual({ ok: true, value: ['a@b.example', 'c@d.example'] });
    expect(parseEmails('a@b.example, foo@bar')).toEqual({ ok: false, message: '“foo@bar” is not an email address.' });
  });

  it('reads phones with country codes and extensions, refusing national-only numbers', () => {
    expect(parsePhones('+1 (415) 555-0100 ext. 12')).toEqual({ ok: true, value: [{ e164: '+14155550100', ext: '12', raw: '+1 (415) 555-0100 ext. 12' }] });
    expect(parsePhones('8 800 555-35-35')).toEqual({ ok: false, message: '“8 800 555-35-35” needs its country code, e.g. +7 495 123-45-67.' });
    const kept = { e164: '+74951234567', raw: '+7 (495) 123-45-67', kind: 'work' as const };
    expect(parsePhones('+7 (495) 123-45-67', [kept])).toEqual({ ok: true, value: [kept] });
  });

  it('recognises profile networks and refuses what is not a web address', () => {
    expect(parseProfiles('t.me/anna\nhttps://github.com/anna')).toEqual({
      ok: true,
      value: [{ network: 'telegram', url: 'https://t.me/anna' }, { network: 'github', url: 'https://github.com/anna' }],
    });
    expect(parseProfiles('not a url')).toEqual({ ok: false, message: '“not a url” is not a web address.' });
  });

  it('reads amounts as reps write them', () => {
    expect(parseAmount('1 500 000')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseAmount('1500,50')).toEqual({ ok: true, value: 1500.5 });
    expect(parseAmount('1,500,000')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseAmount('')).toEqual({ ok: true, value: undefined });
    expect(parseAmount('-3').ok).toBe(false);
    expect(parseAmount('lots').ok).toBe(false);
  });

  it('splits tags and refuses a tag longer than 60 characters', () => {
    expect(parseTags('vip, q4,, vip')).toEqual({ ok: true, value: ['vip', 'q4'] });
    expect(parseTags('x'.repeat(61)).ok).toBe(false);
  });
});

describe('display helpers', () => {
  it('takes initials from the first and last word', () => {
    expect(initials('Иванов Пётр Сергеевич')).toBe('ИС');
    expect(initials('anna')).toBe('A');
    expect(initials('  ')).toBe('');
  });

  it('formats money for the UI language, keeping unknown currencies readable', () => {
    expect(formatMoney({ amount: 24000, currency: 'EUR' })).toBe('€24,000.00');
    expect(formatMoney({ amount: 5, currency: 'ZZZ' })).toMatch(/5/);
  });
});
