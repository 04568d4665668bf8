/**
 * Tag, stage and article listings come in pages: every item once across the pages, no page longer
 * than its limit, each page its own canonical URL with rel prev/next in the head, and no page past
 * the last. Expectations come from the content the site was built from, so the same test checks the
 * real articles (one page each) and a large synthetic site (CONTENT_DIR, many pages).
 */
import { expect, test, type Page } from "@playwright/test";
import { passagesForStage, passagesWithTag } from "@/lib/content";
import { LISTING } from "@/lib/listing";
import { routes } from "@/lib/routes";
import { articles, SITE_URL, stages, tags } from "./site";

test.use({ javaScriptEnabled: false });

/** Follows "Next page" from `start`, checking each page's head links; returns the hrefs of `items` on all pages. */
async function walk(page: Page, start: string, items: string, perPage: number): Promise<string[]> {
  const found: string[] = [];
  let path: string | null = start;
  let previous: string | null = null;
  while (path) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE_URL}${path}`);
    const hrefs = await page.locator(items).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length, path).toBeLessThanOrEqual(perPage);
    found.push(...hrefs);
    if (previous) await expect(page.locator('head link[rel="prev"]')).toHaveAttribute("href", previous);
    else await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
    const next = page.locator('head link[rel="next"]');
    const nextHref = (await next.count()) ? await next.getAttribute("href") : null;
    if (nextHref) await expect(page.getByRole("navigation", { name: /^Pages of / }).locator('a[rel="next"]')).toHaveAttribute("href", nextHref);
    previous = path;
    path = nextHref;
  }
  return found;
}

test("every passage on a topic appears once, in order, across its pages", async ({ page }) => {
  for (const tag of tags) {
    const expected = passagesWithTag(tag.slug).map((p) => routes.article(p.articleSlug, p.id));
    expect(await walk(page, routes.tag(tag.slug), 'section[aria-labelledby$="-passages"] h4 a', LISTING.passagesPerPage)).toEqual(expected);
  }
});

test("every passage for a stage appears once, in order, across its pages", async ({ page }) => {
  for (const stage of stages) {
    const expected = passagesForStage(stage.slug).map((p) => routes.article(p.articleSlug, p.id));
    expect(await walk(page, routes.stage(stage.slug), 'section[aria-labelledby$="-passages"] h4 a', LISTING.passagesPerPage)).toEqual(expected);
  }
});

test("every article appears once, newest first, across the pages of /articles", async ({ page }) => {
  const expected = articles.map((a) => routes.article(a.slug));
  expect(await walk(page, routes.articles, "main li h2 a", LISTING.articlesPerPage)).toEqual(expected);
});

test("the home page and the feed show the newest articles only", async ({ page, request }) => {
  await page.goto(routes.home);
  const cards = await page.locator("#articles-title ~ ul h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(cards).toEqual(articles.slice(0, LISTING.homeArticles).map((a) => routes.article(a.slug)));
  const feed = await (await request.get(routes.feed)).text();
  expect([...feed.matchAll(/<item>/g)]).toHaveLength(Math.min(articles.length, LISTING.feedItems));
});

test("a page past the last, page 1 spelled out, or an odd page number is a real 404", async ({ request }) => {
  const tag = tags[0]!.slug;
  const lastTagPage = Math.max(1, Math.ceil(passagesWithTag(tag).length / LISTING.passagesPerPage));
  const lastArticlesPage = Math.max(1, Math.ceil(articles.length / LISTING.articlesPerPage));
  for (const path of [routes.tag(tag, lastTagPage + 1), `${routes.tag(tag)}/page/1`, `${routes.tag(tag)}/page/02`, routes.articlesPage(lastArticlesPage + 1), `${routes.stage(stages[0]!.slug)}/page/x`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
