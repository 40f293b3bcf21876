/**
 * The moments the rep picks in one click: "in 1 hour", "tomorrow 9:00", "next Monday 9:00",
 * "in 3 days". Pure functions of `now`, in the rep's local time, so they are tested without a clock.
 */

const MORNING_HOUR = 9;

function atMorning(date: Date): number {
  date.setHours(MORNING_HOUR, 0, 0, 0);
  return date.getTime();
}

export function inOneHour(now: number): number {
  return now + 60 * 60 * 1000;
}

/** 9:00 on the day `days` after today (local time; DST-safe because it moves by calendar days). */
export function morningInDays(now: number, days: number): number {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  return atMorning(date);
}

export function tomorrowMorning(now: number): number {
  return morningInDays(now, 1);
}

/** 9:00 next Monday; on a Monday that is a week ahead, never today. */
export function nextMondayMorning(now: number): number {
  const day = new Date(now).getDay();
  const ahead = ((8 - day) % 7) || 7;
  return morningInDays(now, ahead);
}

/** 9:00 on a picked YYYY-MM-DD date. */
export function morningOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return atMorning(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}
