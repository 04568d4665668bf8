/**
 * The safety banner comes from the content itself: a page shows it, with a link to /help and the quick
 * exit, exactly when its `safety` flag says so or it places a safety rule (an article also when a tag it
 * carries is flagged). Expectations are computed here from the content, not from the function the pages use.
 */
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { routes } from "@/lib/routes";

const { articles, tags, stages, pages } = loadContent();
const flaggedTags = new Set(tags.filter((t) => t.safety).map((t) => t.slug));
const carriesFlaggedTag = (article: (typeof articles)[number]) =>
  [...article.tags, ...article.passages.flatMap((p) => p.tags)].some((tag) => flaggedTags.has(tag));

const PAGE_ROUTES: Record<string, string> = { about: routes.about };

const why = (item: { safety: boolean; placesSafetyRule: boolean }) => (item.safety ? "safety: true" : "places a safety rule");
const cases: { url: string; expected: boolean; why: string }[] = [
  ...articles.map((a) => ({ url: routes.article(a.slug), expected: a.safety || a.placesSafetyRule || carriesFlaggedTag(a), why: a.safety || a.placesSafetyRule ? why(a) : "a flagged tag" })),
  ...tags.map((t) => ({ url: routes.tag(t.slug), expected: t.safety || t.placesSafetyRule, why: why(t) })),
  ...stages.map((s) => ({ url: routes.stage(s.slug), expected: s.safety || s.placesSafetyRule, why: why(s) })),
  ...pages.filter((p) => PAGE_ROUTES[p.slug]).map((p) => ({ url: PAGE_ROUTES[p.slug]!, expected: p.safety || p.placesSafetyRule, why: why(p) })),
];

async function expectBanner(page: Page, expected: boolean) {
  const banner = page.locator("[data-safety-banner]");
  if (!expected) {
    await expect(banner).toHaveCount(0);
    await expect(page.locator("[data-quick-exit]")).toHaveCount(0);
    return;
  }
  await expect(banner).toHaveCount(1);
  await expect(banner.locator(`a[href="${routes.help()}"]`)).toBeVisible();
  await expect(banner.locator("[data-quick-exit]")).toBeVisible();
}

test("the content flags at least one page of each kind that needs the banner", () => {
  expect(tags.some((t) => t.safety), "a flagged topic (red-flags)").toBe(true);
  expect(stages.some((s) => s.safety), "a flagged stage").toBe(true);
  expect(cases.some((c) => c.url.startsWith(routes.article("")) && c.expected), "an article with the banner").toBe(true);
});

for (const { url, expected, why } of cases) {
  test(`${url} ${expected ? `shows the safety banner (${why})` : "shows no safety banner"}`, async ({ page }) => {
    expect((await page.goto(url))?.status()).toBe(200);
    await expectBanner(page, expected);
  });
}
