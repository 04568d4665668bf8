/**
 * What is due for another read: content pages a year after their `reviewed` day (lib/review-clock.ts)
 * and help lines six months after they were checked (lib/help-review.ts). `npm run check:reviews` lists
 * them and the build warns about them; neither fails on the calendar alone.
 */
import { formatDate } from "../format";
import { helpEntriesDue } from "../help-review";
import { nextReviewDue, pastDue, today } from "../review-clock";
import type { Content } from "./types";

/** One line per item past due, content pages first, most overdue first within each. */
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
