/**
 * Reads the dates webmail apps print next to a message ("Tue, Mar 3, 2026, 10:15 AM",
 * "3 мар. 2026 г., 10:15", "Tue 3/3/2026 10:15 AM", "03.03.2026 10:15") as local time.
 * Returns undefined for relative times ("10:15", "yesterday"): the caller then uses the clock.
 */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'янв'], ['feb', 'фев'], ['mar', 'мар'], ['apr', 'апр'], ['may', 'мая', 'май'], ['jun', 'июн'],
  ['jul', 'июл'], ['aug', 'авг'], ['sep', 'сен'], ['oct', 'окт'], ['nov', 'ноя'], ['dec', 'дек'],
];

function monthIndex(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((names) => names.some((name) => lower.startsWith(name)));
}

export function parseMailDate(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const iso = Date.parse(trimmed);
    return Number.isNaN(iso) ? undefined : iso;
  }
  if (/^\d{12,13}$/.test(trimmed)) return Number(trimmed);

  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const numeric = /(\d{1,2})([./])(\d{1,2})\2(\d{4})/.exec(trimmed);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    // Dots are day-first (ru, de); slashes are month-first as en-US Outlook prints them.
    [day, month] = numeric[2] === '.' ? [a, b - 1] : [b, a - 1];
    year = Number(numeric[4]);
  } else {
    const named = /(?:(\d{1,2})\s+([a-zа-яёА-ЯЁ]+)\.?,?\s+(\d{4}))|(?:([a-zа-яёА-ЯЁ]+)\.?\s+(\d{1,2}),?\s+(\d{4}))/i.exec(trimmed);
    if (!named) return undefined;
    const word = named[2] ?? named[4] ?? '';
    month = monthIndex(word);
    if (month < 0) return undefined;
    day = Number(named[1] ?? named[5]);
    year = Number(named[3] ?? named[6]);
  }
  let hours = 0;
  let minutes = 0;
  const time = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?/i.exec(trimmed.slice(numeric ? numeric.index + numeric[0].length : 0));
  if (time) {
    hours = Number(time[1]);
    minutes = Number(time[2]);
    const half = time[3]?.toLowerCase().replace(/\./g, '');
    if (half === 'pm' && hours < 12) hours += 12;
    if (half === 'am' && hours === 12) hours = 0;
  }
  const at = new Date(year, month, day, hours, minutes).getTime();
  return Number.isNaN(at) ? undefined : at;
}
