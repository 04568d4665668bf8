import { Pager } from "./Pager";

/**
 * Previous/next for the pages of a listing (a tag's or stage's passages, the articles). Also puts
 * rel="prev"/"next" links in the document head (React hoists <link> there), so crawlers follow the
 * pages as one series; each page's canonical URL is its own.
 */
export function ListingPager({ label, page, pageCount, href }: { label: string; page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount < 2) return null;
  const previous = page > 1 ? { href: href(page - 1), label: "Previous page", title: `Page ${page - 1} of ${pageCount}` } : undefined;
  const next = page < pageCount ? { href: href(page + 1), label: "Next page", title: `Page ${page + 1} of ${pageCount}` } : undefined;
  return (
    <>
      {previous ? <link rel="prev" href={previous.href} /> : null}
      {next ? <link rel="next" href={next.href} /> : null}
      <Pager label={label} previous={previous} next={next} />
    </>
  );
}
