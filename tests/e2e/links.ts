import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The passages a topic or stage page lists: in the section named by its "…-passages" heading, each
 * passage is a level-4 heading that links to its place in an article (group titles are level 3).
 */
export function passageLinks(page: Page): Locator {
  return page.locator('section[aria-labelledby$="-passages"]').getByRole("heading", { level: 4 }).getByRole("link");
}

/** The Markdown body of a topic or stage page: the block after the title and lead (not the safety note). */
export function pageBody(page: Page): Locator {
  return page.locator('main h1 ~ div:not([role="note"])').first();
}

/**
 * Follows every deep link in `links` on the current page: each target page must answer 200 and
 * hold exactly one element with the fragment's id. Targets are fetched once per page.
 */
export async function expectDeepLinksResolve(page: Page, links: Locator): Promise<number> {
  const hrefs = await links.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const deep = hrefs.filter((href) => href.includes("#"));
  const byPath = new Map<string, string[]>();
  for (const href of deep) {
    const [path, id] = href.split("#") as [string, string];
    byPath.set(path, [...(byPath.get(path) ?? []), id]);
  }
  const origin = new URL(page.url()).origin;
  for (const [path, ids] of byPath) {
    const response = await page.request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const id of ids) {
      const count = html.split(`id="${id}"`).length - 1;
      expect(count, `${path}#${id}`).toBe(1);
    }
  }
  return deep.length;
}
