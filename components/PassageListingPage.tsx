import type { ReactNode } from "react";
import { groupByArticle, type Passage } from "@/lib/content";
import type { Page } from "@/lib/listing";
import { routes } from "@/lib/routes";
import { Breadcrumbs, type Crumb } from "./Breadcrumbs";
import { ListingPager } from "./ListingPager";
import { PassageList } from "./PassageList";
import { SafetyBanner } from "./SafetyBanner";
import shell from "./shell.module.css";

interface Props {
  /** The index the entry belongs to (tags, stages). */
  index: Crumb;
  /** The entry's page n (page 1 is the entry's own URL). */
  href: (page: number) => string;
  eyebrow?: string;
  title: string;
  lead: string;
  safety: boolean;
  passages: Page<Passage>;
  /** The passages section's heading id (a stable anchor), heading and pager name. */
  passagesId: string;
  passagesHeading: string;
  pagerLabel: string;
  showTags?: boolean;
  /** What only the first page shows, before and after the passages. */
  before?: ReactNode;
  after?: ReactNode;
}

/** A tag's or stage's page; its later pages of passages repeat the title (each stands on its own), not the text. */
export function PassageListingPage({ index, href, eyebrow, title, lead, safety, passages, passagesId, passagesHeading, pagerLabel, showTags = false, before, after }: Props) {
  const { page, pageCount } = passages;
  const first = page === 1;
  const trail = [{ href: routes.home, label: "Home" }, index, { href: href(1), label: title }];
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={first ? trail : [...trail, { href: href(page), label: `Page ${page}` }]} />
      {eyebrow ? <p className={shell.eyebrow}>{eyebrow}</p> : null}
      <h1>{title}</h1>
      <p className={shell.lead}>{lead}</p>
      {safety ? <SafetyBanner /> : null}
      {first ? before : null}
      <section aria-labelledby={passagesId}>
        <h2 id={passagesId}>{first ? passagesHeading : `${passagesHeading}, page ${page} of ${pageCount}`}</h2>
        <PassageList groups={groupByArticle(passages.items)} showTags={showTags} />
        <ListingPager label={pagerLabel} page={page} pageCount={pageCount} href={href} />
      </section>
      {first ? after : null}
    </div>
  );
}
