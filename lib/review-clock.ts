// When advice is due for another read. The build lists what is past due but never fails on it: a page a day past
// its review is still better published than missing. Help lines keep the same clock, with a shorter period.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day `months` months after `isoDay`, kept within the month: 31 August + 6 months is 28 (or 29) February. */
export function addMonths(isoDay: string, months: number): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new Error(`not a YYYY-MM-DD day: ${isoDay}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const firstOfTarget = new Date(Date.UTC(year, month + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/** Pages are read again within a year of their last review. */
export const nextReviewDue = (reviewed: string): string => addMonths(reviewed, 12);

/** Today as a calendar day in UTC, the zone every content date is read in. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The items whose due day has passed, most overdue first. */
export function pastDue<T extends { due: string }>(items: readonly T[], on: string = today()): T[] {
  return items.filter((item) => item.due < on).sort((a, b) => a.due.localeCompare(b.due));
}
