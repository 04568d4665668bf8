import { Pager } from "./Pager";

/** Previous/next for a listing's pages, plus rel="prev"/"next" links (React hoists them) so crawlers see a series. */
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
