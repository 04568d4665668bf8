/**
 * Which content pages are due for another read (lib/review-clock.ts says when): every article, stage,
 * topic and page, by the `reviewed` day in its front matter.
 */
import { nextReviewDue, pastDue, today, type ReviewItem } from "../review-clock";
import type { Content } from "./types";

/** Every content page with its next review day, most overdue first when `on` is given. */
export function contentReviewsDue(content: Content, on: string = today()): ReviewItem[] {
  const items = [
    ...content.articles.map((a) => ({ what: `article "${a.title}"`, reviewed: a.reviewed })),
    ...content.stages.map((s) => ({ what: `stage "${s.title}"`, reviewed: s.reviewed })),
    ...content.tags.map((t) => ({ what: `topic "${t.name}"`, reviewed: t.reviewed })),
    ...content.pages.map((p) => ({ what: `page "${p.title}"`, reviewed: p.reviewed })),
  ].map(({ what, reviewed }) => ({ what, due: nextReviewDue(reviewed) }));
  return pastDue(items, on);
}
