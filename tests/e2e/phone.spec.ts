import { expect, test, type Page } from "@playwright/test";
import { articleStages } from "@/lib/content";
import { routes } from "@/lib/routes";
import { articles, PAGE_TYPES, sitemapPaths } from "./site";
import { STAGE_SLUGS } from "@/lib/taxonomy";

// Light pages on a phone: nothing fetched behind the reader's back, the article's text on the first
// screen, the quick exit always in reach, sharing and live search code only when someone uses them
// (sharing.spec.ts checks the sharing code arrives on the first share).

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/** Every request the page's browser context makes from now on (speculative prefetches included), as URLs. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on("request", (request) => urls.push(request.url()));
  return urls;
}

for (const type of ["home", "article", "tag"] as const) {
  test(`opening the ${type} page fetches no other page in 5 s without interaction`, async ({ page }) => {
    const urls = recordRequests(page);
    const path = PAGE_TYPES[type]!;
    await page.goto(path);
    await page.waitForTimeout(5000);
    expect(urls.filter((url) => url.includes("_rsc="))).toEqual([]);
    // Only the page itself, its assets and icons: no other document of ours.
    const documents = urls.map((url) => new URL(url)).filter((url) => !url.pathname.startsWith("/_next/") && !/\.(js|css|svg|png|ico|json)$/.test(url.pathname) && !url.pathname.endsWith("/icon") && !url.pathname.endsWith("/apple-icon"));
    expect(documents.map((url) => url.pathname)).toEqual([new URL(path, "http://x").pathname]);
  });
}

test("pressing a link prefetches that page, and only that page", async ({ page }) => {
  await page.goto(PAGE_TYPES.article!);
  const target = page.locator('a[rel="next"]');
  const href = (await target.getAttribute("href"))!;
  const prefetched = page.context().waitForEvent("request", { predicate: (request) => new URL(request.url()).pathname === href, timeout: 5000 });
  await target.scrollIntoViewIfNeeded();
  await target.hover();
  await page.mouse.down();
  const request = await prefetched;
  expect(request.url()).not.toContain("_rsc=");
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

for (const viewport of PHONES) {
  test(`at ${viewport.width}×${viewport.height} every article's first paragraph starts on the first screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const article of articles) {
      await page.goto(routes.article(article.slug));
      const first = page.getByRole("article").locator(":scope > header + div p").first();
      await expect(first, article.slug).toBeVisible();
      const box = (await first.boundingBox())!;
      expect(box.y, `${article.slug}: first paragraph starts at ${Math.round(box.y)} px`).toBeLessThan(viewport.height - 40);
    }
  });

  test(`at ${viewport.width}×${viewport.height} the quick exit is in reach without scrolling on every page that has it`, async ({ page, request }) => {
    test.setTimeout(120_000); // every page of the site, one after another
    await page.setViewportSize(viewport);
    const paths = await sitemapPaths(request);
    const withQuickExit: string[] = [];
    for (const path of [...paths, PAGE_TYPES.search!]) {
      await page.goto(path);
      const exit = page.locator("[data-quick-exit]");
      if ((await exit.count()) === 0) continue;
      withQuickExit.push(path);
      await expect(exit.first(), `${path}: on arrival`).toBeInViewport({ ratio: 1 });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(exit.first(), `${path}: scrolled to the end`).toBeInViewport({ ratio: 1 });
    }
    // The help page always offers it, so this check can never pass by finding no quick exit at all.
    expect(withQuickExit).toContain(routes.help());
  });
}

test("an article names its stages only when they narrow things down", async ({ page }) => {
  const everyStage = articles.find((a) => new Set(articleStages(a)).size === STAGE_SLUGS.length);
  const someStages = articles.find((a) => new Set(articleStages(a)).size < STAGE_SLUGS.length && articleStages(a).length > 0);
  expect(everyStage && someStages, "the content has both kinds of article").toBeTruthy();
  await page.goto(routes.article(everyStage!.slug));
  await expect(page.getByRole("list", { name: "Helps at these stages" })).toHaveCount(0);
  await page.goto(routes.article(someStages!.slug));
  const links = page.getByRole("list", { name: "Helps at these stages" }).getByRole("link");
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(articleStages(someStages!).map((stage) => routes.stage(stage)));
});

test("the live search code is fetched when the search box is first used, not with the page", async ({ page }) => {
  await page.goto(PAGE_TYPES.search!);
  await page.waitForLoadState("networkidle");
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await expect(page.getByRole("region", { name: "Results as you type" })).toHaveCount(0);
  await page.locator("#search-page-input").focus();
  await expect.poll(() => scripts.length, { message: "a script chunk loads on first focus" }).toBeGreaterThan(0);
  // search.spec.ts checks what the live search then shows.
});
