import { expect, type Page } from "@playwright/test";

/**
 * Follows every deep link in `selector` on the current page: each target page must answer 200 and
 * hold exactly one element with the fragment's id. Targets are fetched once per page.
 */
export async function expectDeepLinksResolve(page: Page, selector: string): Promise<number> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
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
