/**
 * Dates, numbers and money for the rep's UI language. Every formatter is built once per locale,
 * because constructing Intl objects costs far more than using them and the due list formats 50 rows.
 */
import { uiLocale } from '../lib/i18n';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${uiLocale()}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(uiLocale(), options);
    cache.set(key, format);
  }
  return format;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${uiLocale()}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(uiLocale(), options);
    cache.set(key, format);
  }
  return format;
}

/** "12 Mar 2026, 14:05" */
export function formatDateTime(at: number): string {
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "12 Mar 2026" */
export function formatDate(at: number | string): string {
  // A YYYY-MM-DD date has no time zone: read it as local midnight so it never shifts by a day.
  const value = typeof at === 'string' ? localDate(at) : at;
  return dateFormat({ dateStyle: 'medium' }).format(value);
}

/** "14:05" */
export function formatTime(at: number): string {
  return dateFormat({ timeStyle: 'short' }).format(at);
}

/** "Thursday, 12 March 2026": the heading of one day in the history. */
export function formatDay(at: number): string {
  return dateFormat({ dateStyle: 'full' }).format(at);
}

export function formatNumber(value: number): string {
  return numberFormat({ maximumFractionDigits: 2 }).format(value);
}

export function formatMoney(money: { amount: number; currency: string }): string {
  try {
    return numberFormat({ style: 'currency', currency: money.currency, maximumFractionDigits: 2 }).format(money.amount);
  } catch {
    // A currency code Intl does not know still shows, beside the number.
    return `${formatNumber(money.amount)} ${money.currency}`;
  }
}

/** Parses YYYY-MM-DD as a local calendar date. */
export function localDate(value: string): number {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1).getTime();
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The local calendar day of a timestamp as YYYY-MM-DD (for grouping and for date inputs). */
export function dayKey(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A timestamp as the value of an `<input type="datetime-local">`. */
export function dateTimeInputValue(at: number): string {
  const date = new Date(at);
  return `${dayKey(at)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The currency offered for a new amount: the rouble for a Russian UI, else the dollar. */
export function defaultCurrency(): string {
  return uiLocale().toLowerCase().startsWith('ru') ? 'RUB' : 'USD';
}
