/**
 * /help as a reader outside the US meets it: every service from lib/help-resources.ts once, each
 * number a tap-to-call link, each entry saying where and when its details were checked, the anchors
 * content links to, a section for people worried about their own behaviour that is no route back to an
 * ex, a country picker that works without JavaScript, and no request leaving the site.
 */
import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { formatDate } from "@/lib/format";
import { COUNTRIES, contactHref, contactLabel, HELP_SERVICES } from "@/lib/help-resources";
import { routes } from "@/lib/routes";

const TOPIC_ANCHORS = ["in-danger", "crisis", "abuse", "own-behaviour", "someone-threatens-self-harm", "image-abuse"];
const CONTRACT_ANCHORS = [...TOPIC_ANCHORS, ...COUNTRIES.map((c) => c.code)];

/** How often a phone number is written in `text`, as a whole number ("13 11 14" is not in "0477 13 11 14"). */
function occurrences(text: string, number: string): number {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A number as a reader sees one: not part of a longer number, nor of a word such as a web address.
  return text.match(new RegExp(`(?<![\\p{L}\\d+-]|\\d[ -])${escaped}(?![ -]?\\d|\\p{L})`, "gu"))?.length ?? 0;
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
    })),
    telLinks: [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute("href")),
  }));
  expect(rendered.entries.map((e) => e.id).sort()).toEqual(HELP_SERVICES.map((s) => s.id).sort());
  for (const service of HELP_SERVICES) {
    const entry = rendered.entries.find((e) => e.id === service.id)!;
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

test("every entry says where and when its details were checked, day first, and links the service's own website", async ({ page }) => {
  await page.goto(routes.help());
  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-service]")].map((entry) => ({
      id: entry.dataset.service!,
      sources: [...entry.querySelectorAll<HTMLElement>("p:has(> time)")].map((line) => ({
        href: line.querySelector("a")?.getAttribute("href"),
        kind: line.dataset.sourceKind,
        day: line.querySelector("time")?.getAttribute("datetime"),
        shown: line.querySelector("time")?.textContent?.trim(),
        text: line.textContent?.replace(/\s+/g, " ").trim() ?? "",
      })),
      website: entry.querySelector("a[data-website]")?.getAttribute("href") ?? null,
      links: [...entry.querySelectorAll("a")].map((a) => a.getAttribute("href")),
    })),
  );
  for (const service of HELP_SERVICES) {
    const entry = rendered.find((e) => e.id === service.id)!;
    expect(entry.sources.map((s) => s.href), `${service.id} shows each page it was checked on`).toEqual(service.sources.map((s) => s.url));
    service.sources.forEach((source, i) => {
      const line = entry.sources[i]!;
      expect(line.kind, service.id).toBe(source.kind);
      expect(line.day, service.id).toBe(source.checked);
      expect(line.shown, `${service.id} writes the day first`).toBe(formatDate(source.checked));
      expect(line.shown).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(line.text, service.id).toMatch(/^Checked /);
      if (source.kind === "public-body") expect(line.text, service.id).toContain("a public body");
      // A weaker page always says why it was used, in the reader's view and not only in the data.
      if (source.note) expect(line.text, service.id).toContain(source.note);
    });
    if (service.website) expect(entry.links, `${service.id} links its website`).toContain(service.website);
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

test("every link within /help lands on something", async ({ page }) => {
  await page.goto(routes.help());
  const targets = await page.locator('main a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
  expect(targets.length).toBeGreaterThan(0);
  for (const id of new Set(targets)) await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
});

test("a reader worried about their own behaviour is sent to lines that help people stop, and told not to contact their ex", async ({ page }) => {
  await page.goto(routes.help());
  await expect(page.locator('#abuse a[href="#own-behaviour"]')).toHaveCount(1);
  const section = page.locator("section#own-behaviour");
  await expect(section).toContainText("not a way back to your ex");
  await expect(section).toContainText("Do not contact your ex");
  const countryLinks = await section.getByRole("list", { name: "Lines that help people stop, by country" }).locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
  expect(countryLinks.sort()).toEqual(COUNTRIES.map((c) => `${c.code}-own-behaviour`).sort());
  for (const country of COUNTRIES) {
    const listed = await page.locator(`[id="${country.code}-own-behaviour"] [data-service]`).evaluateAll((entries) => entries.map((e) => (e as HTMLElement).dataset.service));
    expect(listed, country.name).toEqual(HELP_SERVICES.filter((s) => s.country === country.code && s.topic === "own-behaviour").map((s) => s.id));
  }
});

test("the lead says what the page keeps and what the browser still keeps", async ({ page }) => {
  await page.goto(routes.help());
  const opening = page.locator("main p").filter({ hasText: "browser" }).first();
  await expect(opening).toContainText("does not track you");
  await expect(opening).toContainText("history");
  await expect(opening).toContainText("only swaps this one page");
});

test("each country's section lists its services under its own heading", async ({ page }) => {
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
