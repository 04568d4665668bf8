import { groupByArticle, type Passage } from "@/lib/content";
import type { Page } from "@/lib/listing";
import { ListingPager } from "./ListingPager";
import { PassageList } from "./PassageList";

/** One page of a topic's or stage's passages, grouped by article, with the pager to the others. */
export function PagedPassages({ id, heading, passages, showTags = false, pagerLabel, href }: {
  id: string;
  heading: string;
  passages: Page<Passage>;
  showTags?: boolean;
  pagerLabel: string;
  href: (page: number) => string;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <PassageList groups={groupByArticle(passages.items)} showTags={showTags} />
      <ListingPager label={pagerLabel} page={passages.page} pageCount={passages.pageCount} href={href} />
    </section>
  );
}
