/** What is due for another read: `npm run check:reviews` lists it, the build warns; neither fails on the calendar. */
import { formatDate, formatPartialDate } from "../format";
import { helpEntriesDue, helpEntriesWithOldSources } from "../help-review";
import { nextReviewDue, pastDue, today } from "../review-clock";
import type { Content } from "./types";

/** One line per item past due: content pages, help lines due for a check, then help lines needing a newer source. */
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
    ...helpEntriesWithOldSources(now).map(
      ({ name, country, newest }) => `help line "${name}" (${country}): find a newer source (its newest page is from ${formatPartialDate(newest)})`,
    ),
  ];
}
