/**
 * When advice is due for another read. Health publishers show readers how current a page is ("Last
 * reviewed … Next review due …"); we do the same for every article, stage and topic page. The build
 * and `npm run check:reviews` list what is past due, but never fail on the calendar alone: a page a
 * day past its review is still better published than missing.
 */
import { utcDate } from "./format";

/** Pages are read again within a year of their last review. */
const PAGE_REVIEW_MONTHS = 12;

/** "2026-12-01" plus some months, as a calendar day; the 31st of a short month becomes its last day. */
export function addMonths(isoDay: string, months: number): string {
  const date = utcDate(isoDay);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

/** The day a page reviewed on `reviewed` is next due. */
export function nextReviewDue(reviewed: string): string {
  return addMonths(reviewed, PAGE_REVIEW_MONTHS);
}

/** Today as a calendar day in UTC, the zone every content date is read in. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export interface ReviewItem {
  /** What a person would look for: "content/articles/foo.md" or a help entry's name. */
  what: string;
  due: string;
}

/** The items whose due day has passed, most overdue first. */
export function pastDue<T extends ReviewItem>(items: readonly T[], on: string = today()): T[] {
  return items.filter((item) => item.due < on).sort((a, b) => a.due.localeCompare(b.due));
}
