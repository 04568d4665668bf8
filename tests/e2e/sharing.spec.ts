import { expect, test } from "@playwright/test";
import { articles, PAGE_TYPES, SITE_URL, sitemapPaths, stages, tags } from "./site";
import { routes } from "@/lib/routes";

function pngSize(buffer: Buffer) {
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

const SHARED = Object.entries(PAGE_TYPES).filter(([type]) => !["search", "search-empty", "not-found"].includes(type));

for (const [type, path] of SHARED) {
  test(`${type} page has title, description, canonical, Open Graph and Twitter tags on the configured host`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(/Second Chance/);
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    expect((await meta('meta[name="description"]'))!.length).toBeGreaterThan(20);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${SITE_URL}${path === "/" ? "" : path}` || SITE_URL);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:url"]')).toMatch(new RegExp(`^${SITE_URL}`));
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const image = (await meta('meta[property="og:image"]'))!;
    expect(image).toMatch(new RegExp(`^${SITE_URL}/`));
    // Articles, tags and stages have their own card; every other page shares the site's.
    const ownCard = ["article", "tag", "stage"].includes(type);
    expect(new URL(image).pathname).toBe(ownCard ? `${path}/opengraph-image` : "/opengraph-image");
    // We declare only the card type; the Twitter title and image must still match Open Graph's.
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    expect(await meta('meta[name="twitter:title"]')).toBe(await meta('meta[property="og:title"]'));
    expect(await page.content()).not.toMatch(/https?:\/\/localhost/);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
    // The image URL answers on this server with a 1200×630 PNG.
    const local = await page.request.get(new URL(image).pathname + new URL(image).search);
    expect(local.status()).toBe(200);
    expect(local.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await local.body())).toEqual({ width: 1200, height: 630 });
  });
}

test("articles are Open Graph articles with dates and tags, and carry Article + BreadcrumbList JSON-LD", async ({ page }) => {
  const article = articles[0]!;
  await page.goto(routes.article(article.slug));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", article.published);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", article.updated);
  expect(await page.locator('meta[property="article:tag"]').count()).toBeGreaterThan(0);
  // One block, one graph: search engines read every node of it.
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!)["@graph"];
  const art = data.find((d: { "@type": string }) => d["@type"] === "Article");
  expect(art).toMatchObject({ headline: article.title, description: article.description, datePublished: article.published, dateModified: article.updated });
  expect(art.image).toBe(`${SITE_URL}/articles/${article.slug}/opengraph-image`);
  const publisher = data.find((d: { "@id"?: string }) => d["@id"] === art.publisher["@id"]);
  expect(publisher).toMatchObject({ "@type": "Organization", name: "Second Chance" });
  const crumbs = data.find((d: { "@type": string }) => d["@type"] === "BreadcrumbList");
  expect(crumbs.itemListElement.at(-1).item).toBe(`${SITE_URL}/articles/${article.slug}`);
});

test("home carries WebSite JSON-LD with a SearchAction", async ({ page }) => {
  await page.goto("/");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data["@type"]).toBe("WebSite");
  expect(data.potentialAction.target.urlTemplate).toBe(`${SITE_URL}/search?q={search_term_string}`);
});

test("the sitemap lists exactly the public pages, robots.txt points at it", async ({ request }) => {
  const expected = [
    routes.home, routes.articles, routes.tags, routes.stages, routes.help(), routes.about,
    ...articles.map((a) => routes.article(a.slug)),
    ...tags.map((t) => routes.tag(t.slug)),
    ...stages.map((s) => routes.stage(s.slug)),
  ].sort();
  expect((await sitemapPaths(request)).sort()).toEqual(expected);
  expect(await (await request.get(routes.sitemap)).text()).toContain("<lastmod>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${SITE_URL}${routes.sitemap}`);
});

test("the feed is RSS with one item per article and absolute links", async ({ page, request }) => {
  const response = await request.get("/feed.xml");
  expect(response.headers()["content-type"]).toContain("rss+xml");
  const xml = await response.text();
  // Parse it as XML in the browser: a parse error would show up as <parsererror>.
  await page.goto("/");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      items: [...doc.querySelectorAll("item")].map((item) => item.querySelector("link")?.textContent),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.items.sort()).toEqual(articles.map((a) => `${SITE_URL}/articles/${a.slug}`).sort());
});

test("heading anchors copy a link to the section with visible confirmation; the sharing code arrives with that first click", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const article = articles[0]!;
  await page.goto(routes.article(article.slug));
  await page.waitForLoadState("networkidle");
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  const anchor = page.getByRole("link", { name: /^Link to section:/ }).first();
  await expect(anchor).toHaveAttribute("aria-label", /^Link to section: /);
  await anchor.click();
  await expect(page.getByRole("status").filter({ hasText: "Link to this section copied" })).toBeVisible();
  expect(scripts.length, "a script chunk loaded on the first click, not with the page").toBeGreaterThan(0);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/articles/${article.slug}#${article.passages[0]!.id}$`));
});

test("the share button falls back to copying the link when there is no share sheet", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    // Desktop Chromium may expose navigator.share; remove it to exercise the fallback.
    Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
  });
  await page.goto(routes.article(articles[0]!.slug));
  await page.getByRole("button", { name: "Share this article" }).click();
  await expect(page.locator("[data-share-title]").getByRole("status")).toHaveText("Link copied to clipboard");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/articles/${articles[0]!.slug}$`));
  await expect(page.locator("[data-share-email]")).toHaveAttribute("href", /^mailto:\?subject=/);
});

test("the share button works before the page's own scripts have arrived", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
  });
  // On a slow phone the app's bundles may still be loading when the reader presses Share; here they never come.
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  await page.goto(routes.article(articles[0]!.slug));
  await page.getByRole("button", { name: "Share this article" }).click();
  await expect(page.locator("[data-share-title]").getByRole("status")).toHaveText("Link copied to clipboard");
});

test("the share button uses the Web Share API where there is one", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "share", {
      value: (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      },
      configurable: true,
    });
  });
  await page.goto(routes.article(articles[0]!.slug));
  await page.getByRole("button", { name: "Share this article" }).click();
  // The sharing code is imported on this first click, so the call comes a moment after it.
  const shared = await (await page.waitForFunction(() => (window as unknown as { shared: ShareData }).shared)).jsonValue();
  expect(shared.title).toBe(articles[0]!.title);
  expect(shared.url).toMatch(new RegExp(`/articles/${articles[0]!.slug}$`));
});
