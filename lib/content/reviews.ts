/**
 * What is due for another read. The build warns about what the calendar has made due (a page or a help line past its
 * check day): that is work for now. A help line whose service has published no page in three years is a standing
 * task that no build can finish, and /help already shows readers each page's date, so only `npm run check:reviews`
 * lists it. Neither fails on the calendar.
 */
import { formatDate, formatPartialDate } from "../format";
import { helpEntriesDue, helpEntriesWithOldSources } from "../help-review";
import { nextReviewDue, pastDue, today } from "../review-clock";
import type { Content } from "./types";

/** One line per item past due: content pages, then help lines due for a check. */
export function reviewsDue(content: Content, now: Date = new Date()): string[] {
  const pages = [
    ...content.articles.map((a) => ({ what: `article "${a.title}"`, reviewed: a.reviewed })),
    ...content.stages.map((s) => ({ what: `stage "${s.title}"`, reviewed: s.reviewed })),
    ...content.tags.map((t) => ({ what: `topic "${t.name}"`, reviewed: t.reviewed })),
    ...content.pages.map((p) => ({ what: `page "${p.title}"`, reviewed: p.reviewed })),
  ].map(({ what, reviewed }) => ({ what, due: nextReviewDue(reviewed) }));
  return [
    ...pastDue(pages, today(now)).map(({ what, due }) => `${what}: review was due on ${formatDate(due)}`),
    ...helpEntriesDue(now).map(({ name, country, nextCheck }) => `help line "${name}" (${country}): check was due on ${formatDate(nextCheck)}`),
  ];
}

/**
 * One line per help line whose dated pages are all more than three years old, oldest first; a service listed under
 * two sections of /help (for people hurt and for people who want to stop) is one page to find, so one line.
 */
export function helpSourcesToRenew(now: Date = new Date()): string[] {
  const lines = helpEntriesWithOldSources(now).map(
    ({ name, country, newest }) => `help line "${name}" (${country}): find a newer source (its newest page is from ${formatPartialDate(newest)})`,
  );
  return [...new Set(lines)];
}
