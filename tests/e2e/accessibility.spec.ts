import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EVERY_PAGE, PAGE_TYPES } from "./site";
import { routes } from "@/lib/routes";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function axeViolations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

// Every page on the smallest phone we design for, and one page of each type on a desktop screen, in
// both colour schemes: a contrast or layout problem often shows at only one size or in one scheme.
for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test.describe("320 × 640 phone", () => {
      test.use({ viewport: { width: 320, height: 640 } });
      for (const path of EVERY_PAGE) {
        test(`axe finds no violations on ${path}`, async ({ page }) => {
          // A scan of a long page (/help lists every service) is slow on a shared two-core machine;
          // the scan's result, not its speed, is what this test checks.
          test.setTimeout(60_000);
          expect(await axeViolations(page, path)).toEqual([]);
        });
      }
    });
    test.describe("desktop", () => {
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        test(`axe finds no violations on the ${type} page`, async ({ page }) => {
          test.setTimeout(60_000);
          expect(await axeViolations(page, path)).toEqual([]);
        });
      }
    });
  });
}

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`no horizontal scrolling at 320px on the ${type} page`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("every page has one h1, a language and landmarks", async ({ page }) => {
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    await expect(page.locator("h1"), path).toHaveCount(1);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.locator("main#main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo").locator("a[href='/help']").first()).toBeVisible();
  }
});

test("keyboard: skip link first, then search, and the table of contents is reachable", async ({ page }) => {
  await page.goto("/articles/how-to-get-your-ex-back");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  await page.goto("/articles/how-to-get-your-ex-back");
  let reachedSearch = false;
  let reachedToc = false;
  for (let i = 0; i < 60 && !(reachedSearch && reachedToc); i++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return { id: el?.id ?? "", inToc: Boolean(el?.closest("nav[aria-labelledby='toc-title']")) };
    });
    if (where.id === "header-search") reachedSearch = true;
    if (where.inToc) reachedToc = true;
  }
  expect(reachedSearch).toBe(true);
  expect(reachedToc).toBe(true);
});

test("print media hides navigation and shows link targets", async ({ page }) => {
  await page.goto("/articles/how-to-get-your-ex-back");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
  await expect(page.locator("[data-share-title]")).toBeHidden();
  await expect(page.locator("h1")).toBeVisible();
  // On paper a link is only as good as the address printed after it.
  const links = await page.locator('article :is(h2, h3, h4)[id] ~ div > p a:is([href^="/"], [href^="http"])').evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute("href")!, after: getComputedStyle(a, "::after").content })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const { href, after } of links) expect(after, href).toBe(`" (${href})"`);
});

test("quick exit replaces the page with a neutral site and keeps it out of Back", async ({ page, context }) => {
  // The neutral site is not reachable here; answer for it so the test stays offline.
  await context.route("https://www.bbc.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }));
  await page.goto("/");
  await page.goto(routes.help());
  await page.locator("[data-quick-exit]").first().focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/bbc\.com/);
  await page.goBack();
  await expect(page).not.toHaveURL(/\/help$/);
});

test("pressing Escape twice also leaves quickly", async ({ page, context }) => {
  await context.route("https://www.bbc.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" }));
  await page.goto("/tags/red-flags");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForURL(/bbc\.com/);
});

test("the quick exit works before any of the site's script files arrive", async ({ page, context }) => {
  await context.route("https://www.bbc.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" }));
  // A slow phone may still be fetching them when the reader needs to leave; here they never come.
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto("/");
  await page.goto(routes.help());
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForURL(/bbc\.com/);
  await page.goBack();
  await expect(page).not.toHaveURL(/\/help$/);
});
