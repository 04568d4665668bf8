/**
 * /help as a reader outside the US meets it: every service from lib/help-resources.ts once, each
 * number a tap-to-call link, the anchors content links to, a country picker that works without
 * JavaScript, and no request leaving the site.
 */
import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { COUNTRIES, contactHref, contactLabel, HELP_SERVICES } from "@/lib/help-resources";
import { routes } from "@/lib/routes";

const CONTRACT_ANCHORS = ["in-danger", "crisis", "abuse", "someone-threatens-self-harm", "image-abuse", ...COUNTRIES.map((c) => c.code)];

/** How often a phone number is written in `text`, as a whole number ("13 11 14" is not in "0477 13 11 14"). */
function occurrences(text: string, number: string): number {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.match(new RegExp(`(?<![\\d+-]|\\d[ -])${escaped}(?![ -]?\\d)`, "g"))?.length ?? 0;
}

/** Every /help#anchor our content links to. */
function anchorsLinkedFromContent(): string[] {
  const { articles, tags, stages, pages } = loadContent();
  const html = [
    ...articles.flatMap((a) => [a.introHtml, ...a.passages.map((p) => p.html)]),
    ...[...tags, ...stages, ...pages].flatMap((item) => [item.introHtml, ...item.sections.map((s) => s.html)]),
  ].join("\n");
  return [...new Set([...html.matchAll(/href="\/help#([^"]+)"/g)].map((m) => m[1]!))];
}

test("every service appears once, with each number as exactly one tap-to-call link", async ({ page }) => {
  await page.goto(routes.help());
  // Read the rendered entries in one pass (dozens of locator round trips are slow on a busy machine).
  const rendered = await page.evaluate(() => ({
    entries: [...document.querySelectorAll<HTMLElement>("[data-service]")].map((entry) => ({
      id: entry.dataset.service!,
      ways: [...entry.querySelectorAll<HTMLAnchorElement>('ul[aria-label^="Ways to reach"] a')].map((a) => ({ href: a.getAttribute("href"), text: a.textContent?.trim() })),
      waysText: entry.querySelector<HTMLElement>('ul[aria-label^="Ways to reach"]')?.innerText ?? "",
      sources: [...entry.querySelectorAll<HTMLAnchorElement>("p:has(> time) a")].map((a) => a.getAttribute("href")),
    })),
    telLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute("href")),
  }));
  expect(rendered.entries.map((e) => e.id).sort()).toEqual(HELP_SERVICES.map((s) => s.id).sort());
  for (const service of HELP_SERVICES) {
    const entry = rendered.entries.find((e) => e.id === service.id)!;
    expect(entry.sources, `${service.id} shows its source`).toEqual([service.source]);
    expect(entry.ways, service.id).toEqual(service.contacts.map((c) => ({ href: contactHref(c), text: contactLabel(c) })));
    for (const contact of service.contacts) {
      if (contact.kind !== "call") continue;
      expect(occurrences(entry.waysText, contact.number), `${service.id} writes ${contact.number} once`).toBe(1);
      // A number is linked once for each service that lists it (the Samaritans share 116 123).
      const sharing = HELP_SERVICES.filter((s) => s.contacts.some((c) => c.kind === "call" && c.tel === contact.tel)).length;
      expect(rendered.telLinks.filter((href) => href === `tel:${contact.tel}`), contact.number).toHaveLength(sharing);
    }
  }
});

test("the anchors content links to, and one per country, all exist", async ({ page }) => {
  await page.goto(routes.help());
  const linked = anchorsLinkedFromContent();
  expect(linked.length, "content links to /help anchors").toBeGreaterThan(0);
  for (const id of new Set([...CONTRACT_ANCHORS, ...linked])) {
    await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
  }
});

test("every link within /help lands on something, and a reader worried about their own behaviour is pointed to a service for them", async ({ page }) => {
  await page.goto(routes.help());
  const targets = await page.locator('main a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
  expect(targets.length).toBeGreaterThan(0);
  for (const id of new Set(targets)) await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
  const forThem = page.locator("#abuse p", { hasText: "worried about your own behaviour" });
  const services = await forThem.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
  expect(services.length).toBeGreaterThan(0);
  for (const id of services) expect(HELP_SERVICES.map((service) => service.id)).toContain(id);
});

test("each country's section lists its crisis and abuse services under its own heading", async ({ page }) => {
  await page.goto(routes.help());
  for (const country of COUNTRIES) {
    const section = page.locator(`section[id="${country.code}"]`);
    await expect(section.getByRole("heading", { level: 3 })).toHaveText(country.name);
    for (const service of HELP_SERVICES.filter((s) => s.country === country.code && s.topic !== "emergency")) {
      await expect(section.locator(`[data-service="${service.id}"]`)).toHaveCount(1);
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the country picker jumps to the country, and the topics link to it", async ({ page }) => {
    await page.goto(routes.help());
    await page.getByRole("navigation", { name: "Where are you?" }).getByRole("link", { name: "New Zealand" }).click();
    await expect(page).toHaveURL(/\/help#nz$/);
    await expect(page.locator("section#nz h3")).toBeInViewport();
    await page.goto(routes.help("crisis"));
    await page.getByRole("list", { name: "Crisis lines by country" }).getByRole("link", { name: /United Kingdom/ }).click();
    await expect(page).toHaveURL(/#uk-crisis$/);
    await expect(page.locator('[data-service="uk-samaritans"]')).toBeInViewport();
  });
});

test("/help makes no request to any other site and stores nothing", async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  await page.goto(routes.help());
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
