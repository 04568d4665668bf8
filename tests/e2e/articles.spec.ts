import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { articleStages, articleTags } from "@/lib/content";
import { distinctiveStages } from "@/lib/taxonomy";
import { articles } from "./site";
import { routes } from "@/lib/routes";

test("home introduces the site and links to every article, stages, topics and search", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toHaveCount(1);
  for (const article of articles) await expect(page.locator(`main a[href="/articles/${article.slug}"]`).first()).toBeVisible();
  await expect(page.locator('main a[href="/tags"]').first()).toBeVisible();
  await expect(page.locator('main a[href^="/stages/"]').first()).toBeVisible();
  await expect(page.getByRole("search").first()).toBeVisible();
  await expect(page.locator('header nav a[href="/tags"]')).toHaveText("Topics");
});

test("the article index lists every article", async ({ page }) => {
  await page.goto(routes.articles);
  await expect(page.locator("main").getByRole("listitem").filter({ has: page.getByRole("heading") })).toHaveCount(articles.length);
  for (const article of articles) await expect(page.getByRole("link", { name: article.title, exact: true })).toBeVisible();
});

for (const article of articles) {
  test(`article “${article.slug}” renders its title, credit, headings and working table of contents`, async ({ page }) => {
    const response = await page.goto(routes.article(article.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(article.title);
    await expect(page.getByRole("article").locator("footer cite")).toHaveText(article.source.title);
    for (const passage of article.passages) {
      const heading = page.locator(`h${passage.depth}[id="${passage.id}"]`);
      await expect(heading).toHaveCount(1);
      await expect(heading.getByRole("link", { name: `Link to section: ${passage.heading}` })).toHaveAttribute("href", `#${passage.id}`);
    }
    const tocLinks = await page.getByRole("navigation", { name: "On this page" }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(tocLinks.length).toBeGreaterThan(3);
    for (const href of tocLinks) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
    // Clicking a TOC entry moves to the section and puts the deep link in the address bar.
    await page.getByRole("navigation", { name: "On this page" }).getByRole("link").nth(1).click();
    await expect(page).toHaveURL(new RegExp(`${tocLinks[1]}$`));
    await expect(page.locator(`[id="${tocLinks[1]!.slice(1)}"]`)).toBeInViewport();
  });
}

test("an article shows its tags and stages as links, related articles and previous/next", async ({ page }) => {
  // An article in the middle of the list; an article for all seven stages names none (phone.spec.ts).
  const index = 1;
  const article = articles[index]!;
  await page.goto(routes.article(article.slug));
  const hrefs = (name: string) => page.getByRole("list", { name }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(await hrefs("Topics of this article")).toEqual(articleTags(article).map((tag) => routes.tag(tag)));
  expect(await hrefs("Helps at these stages")).toEqual(distinctiveStages(articleStages(article)).map((stage) => routes.stage(stage)));
  const related = page.getByRole("region", { name: "Related articles" }).getByRole("link");
  expect(await related.count()).toBeGreaterThan(0);
  await expect(page.getByRole("region", { name: "Related articles" }).locator(`a[href="/articles/${article.slug}"]`)).toHaveCount(0);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", routes.article(articles[index - 1]!.slug));
  await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", routes.article(articles[index + 1]!.slug));
});

test("every editor's note in the markdown stands out as a note on the page", async ({ page }) => {
  for (const article of articles) {
    // The authoring convention (README): a blockquote that starts with **Editor's note:**.
    const markdown = readFileSync(path.join(__dirname, "..", "..", "content", "articles", `${article.slug}.md`), "utf8");
    const written = markdown.match(/^> \*\*Editor['’]s note:\*\*/gm)?.length ?? 0;
    await page.goto(routes.article(article.slug));
    await expect(page.getByRole("note").filter({ hasText: /Editor['’]s note:/ }), article.slug).toHaveCount(written);
  }
});

test("an unknown article is a real 404 with a helpful page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toContainText("couldn");
  await expect(page.getByRole("search").last()).toBeVisible();
  await expect(page.locator('main a[href="/help"]')).toBeVisible();
});

test("case and trailing-slash variants of an article URL land on the canonical URL", async ({ page, request }) => {
  const slug = articles[0]!.slug;
  for (const variant of [`/articles/${slug.toUpperCase()}`, `/Articles/${slug}`, `/articles/${slug}/`]) {
    const response = await request.get(variant, { maxRedirects: 0 });
    expect(response.status(), variant).toBe(308);
    expect(new URL(response.headers().location!, "http://x").pathname).toBe(routes.article(slug));
  }
  await page.goto(`/articles/${slug.toUpperCase()}`);
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
});

test("former slugs (aliases) redirect permanently to the current URL", async ({ request }) => {
  const withAlias = articles.filter((a) => a.aliases.length);
  expect(withAlias.length).toBeGreaterThan(0);
  for (const article of withAlias) {
    for (const alias of article.aliases) {
      const response = await request.get(routes.article(alias), { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location!, "http://x").pathname).toBe(routes.article(article.slug));
    }
  }
});

test("/about explains the editorial policy and credits every source, linking to our edition", async ({ page }) => {
  await page.goto(routes.about);
  await expect(page.locator("#editors-notes")).toBeVisible();
  const credits = page.locator('section[aria-labelledby="credits"] li');
  await expect(credits).toHaveCount(articles.length);
  for (const article of articles) {
    const item = credits.filter({ hasText: article.source.title });
    await expect(item).toHaveCount(1);
    if (article.source.author) await expect(item).toContainText(article.source.author);
    await expect(item.getByRole("link", { name: "our edition" })).toHaveAttribute("href", routes.article(article.slug));
  }
});
