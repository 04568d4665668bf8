/**
 * Listings page instead of growing without bound, and the sitemap stays valid at any size. The rules
 * are checked on lists of any length; the pages built from them are checked in tests/e2e/listings.spec.ts.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { laterPages, pageNumber, pageOf } from "@/lib/listing";
import { sitemapIndexXml, sitemapParts, URLS_PER_SITEMAP, urlsetXml } from "@/lib/sitemap";

describe("paging a listing", () => {
  test("the pages hold every item once, in order, none larger than a page; past the end is no page", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.integer({ min: 1, max: 60 }), (items, perPage) => {
        const first = pageOf(items, 1, perPage)!;
        const pages = Array.from({ length: first.pageCount }, (_, i) => pageOf(items, i + 1, perPage)!);
        expect(pages.flatMap((p) => p.items)).toEqual(items);
        for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(perPage);
        expect(pageOf(items, first.pageCount + 1, perPage)).toBeUndefined();
        expect(laterPages(items.length, perPage).map((p) => Number(p.page))).toEqual(pages.slice(1).map((p) => p.page));
      }),
    );
  });

  test("only a canonical page number names a page", () => {
    expect(pageNumber("2")).toBe(2);
    for (const odd of ["0", "02", "2.0", "-1", "x", "", "1e2"]) expect(pageNumber(odd)).toBeNaN();
    expect(pageOf([1, 2, 3], NaN, 2)).toBeUndefined();
  });
});

describe("the sitemap", () => {
  const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/articles/a-${i}`, lastModified: "2026-11-23" }));

  test("is one file up to 50,000 URLs and an index of parts past that", () => {
    expect(sitemapParts(entries(URLS_PER_SITEMAP))).toBe(0);
    expect(sitemapParts(entries(URLS_PER_SITEMAP + 1))).toBe(2);
    const index = sitemapIndexXml(3);
    expect(index).toContain("<sitemapindex");
    expect([...index.matchAll(/<loc>[^<]+\/sitemaps\/(\d)\.xml<\/loc>/g)].map((m) => m[1])).toEqual(["1", "2", "3"]);
  });

  test("writes well-formed XML: absolute URLs, dates, escaped characters", () => {
    const xml = urlsetXml([{ path: "/search?q=a&b", lastModified: "2026-11-23" }]);
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/search\?q=a&amp;b<\/loc><lastmod>2026-11-23<\/lastmod>/);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});
