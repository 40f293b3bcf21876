/** The end of the rep's local day: reminders due before it are "due today" (the badge, the due list). */
export function endOfToday(now: number): number {
  const date = new Date(now);
  date.setHours(23, 59, 59, 999);
  return date.getTime();
}
