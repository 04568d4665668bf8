import { expect, test } from "@playwright/test";
import { expectDeepLinksResolve, pageBody, passageLinks } from "./links";
import { articles, tags } from "./site";
import { routes } from "@/lib/routes";

test("/tags lists every topic with counts that match their pages", async ({ page }) => {
  await page.goto(routes.tags);
  await expect(page.locator("[data-tag]")).toHaveCount(tags.length);
  for (const tag of tags) {
    const card = page.locator(`[data-tag="${tag.slug}"]`);
    await expect(card.getByRole("link")).toHaveText(tag.name);
    const articles = parseInt((await card.locator('[data-count="articles"]').textContent())!, 10);
    const passages = parseInt((await card.locator('[data-count="passages"]').textContent())!, 10);
    const tagPage = await page.context().newPage();
    await tagPage.goto(routes.tag(tag.slug));
    await expect(tagPage.locator("#tag-articles ~ ul > li")).toHaveCount(articles);
    await expect(passageLinks(tagPage)).toHaveCount(passages);
    expect(passages, `${tag.slug} needs substance`).toBeGreaterThanOrEqual(3);
    await tagPage.close();
  }
});

for (const tag of tags) {
  test(`tag page “${tag.slug}” renders and every passage link lands on its heading`, async ({ page }) => {
    const response = await page.goto(routes.tag(tag.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(tag.name);
    await expect(pageBody(page).locator("p").first()).toBeVisible();
    const followed = await expectDeepLinksResolve(page, passageLinks(page));
    expect(followed).toBeGreaterThan(0);
    await expect(page.getByRole("list", { name: "Related topics" }).getByRole("link").first()).toBeVisible();
    // And a click really scrolls to it.
    const first = passageLinks(page).first();
    const href = (await first.getAttribute("href"))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
  });
}

test("unknown tags are a 404, and capitalised tags redirect to the lowercase URL", async ({ request }) => {
  expect((await request.get(routes.tag("jealousy"))).status()).toBe(404);
  const response = await request.get("/tags/No-Contact", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(new RegExp(`${routes.tag("no-contact")}$`));
});

test("tagged sections carry their tag links right under their headings", async ({ page }) => {
  const article = articles.find((a) => a.passages.some((p) => p.tags.length > 1))!;
  await page.goto(routes.article(article.slug));
  const tagName = new Map(tags.map((t) => [t.slug as string, t.name]));
  for (const passage of article.passages.filter((p) => p.tags.length)) {
    const chips = page.locator(`[id="${passage.id}"] + p a`);
    await expect(chips, passage.id).toHaveText(passage.tags.map((t) => tagName.get(t)!));
    expect(await chips.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual(passage.tags.map((t) => routes.tag(t)));
  }
});
