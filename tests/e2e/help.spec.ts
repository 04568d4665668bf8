/**
 * /help as a reader in crisis meets it: the emergency numbers first, then every country's crisis lines
 * as numbers to tap right in the crisis section, before the privacy note; every service from
 * lib/help-lines.json once, each number a tap-to-call link, each entry saying in plain words, folded
 * away, whose page its number comes from and how old that page is; the anchors content links to, a
 * section for people worried about their own behaviour that is no route back to an ex, a country
 * picker that works without JavaScript, and no request leaving the site.
 */
import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { COUNTRIES, contactHref, contactLabel, HELP_GAPS, HELP_SERVICES, servicesFor } from "@/lib/help-resources";
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
    // The crisis section repeats the crisis numbers on purpose; each entry lists each number once.
    telLinks: [...document.querySelectorAll<HTMLAnchorElement>('[data-service] a[href^="tel:"]')].map((a) => a.getAttribute("href")),
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

test("every entry says, folded under it, whose page its number comes from and how old that page is, and links its website", async ({ page }) => {
  await page.goto(routes.help());
  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-service]")].map((entry) => {
      const details = entry.querySelector<HTMLDetailsElement>(":scope > details");
      return {
        id: entry.dataset.service!,
        folded: details ? !details.open : false,
        // Everything before the fold: the ways to reach the service come first.
        summary: details?.querySelector("summary")?.textContent?.trim() ?? "",
        sources: [...(details?.querySelectorAll<HTMLElement>("li[data-source-kind]") ?? [])].map((line) => ({
          href: line.querySelector("a")?.getAttribute("href"),
          kind: line.dataset.sourceKind,
          pageDate: line.dataset.pageDate,
          text: line.textContent?.replace(/\s+/g, " ").trim() ?? "",
        })),
        website: entry.querySelector("a[data-website]")?.getAttribute("href") ?? null,
        links: [...entry.querySelectorAll("a")].map((a) => a.getAttribute("href")),
      };
    }),
  );
  for (const service of HELP_SERVICES) {
    const entry = rendered.find((e) => e.id === service.id)!;
    expect(entry.folded, `${service.id} folds its sources away`).toBe(true);
    expect(entry.summary, service.id).toMatch(/^Where th(is|ese) (numbers? )?comes? from$/);
    expect(entry.sources.map((s) => s.href), `${service.id} shows each page its details come from`).toEqual(service.sources.map((s) => s.url));
    service.sources.forEach((source, i) => {
      const line = entry.sources[i]!;
      expect(line.kind, service.id).toBe(source.kind);
      expect(line.pageDate, service.id).toBe(source.pageDate ?? "");
      // How old the page is, never a day of checking that reads like a live check.
      expect(line.text, service.id).toMatch(source.pageDate ? /\((a public body, )?(from|dated) / : /\((a public body, )?no date shown\)/);
      expect(line.text, service.id).not.toMatch(/^Checked|checked on/i);
      if (source.kind === "public-body") expect(line.text, service.id).toContain("a public body");
      // A weaker page always says why it was used, in the reader's view and not only in the data.
      if (source.note) expect(line.text, service.id).toContain(source.note);
    });
    if (service.website) expect(entry.links, `${service.id} links its website`).toContain(service.website);
  }
});

test("the crisis section has a number to tap, to call or text, for every country", async ({ page }) => {
  await page.goto(routes.help());
  const crisis = page.locator("section#crisis");
  for (const country of COUNTRIES) {
    const links = await crisis.locator(`[data-country="${country.code}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const dialled = links.filter((href) => /^(tel|sms):/.test(href));
    expect(dialled.length, country.name).toBeGreaterThan(0);
    // Every crisis line's numbers, and nothing that is not a crisis line's.
    const expected = servicesFor(country.code, "crisis").flatMap((s) => s.contacts.filter((c) => c.kind !== "web").map(contactHref));
    expect(dialled.sort(), country.name).toEqual([...new Set(expected)].sort());
  }
});

test("the first number to tap comes before the privacy note, and the emergency numbers before the crisis lines", async ({ page }) => {
  await page.goto(routes.help());
  const order = await page.evaluate(() => {
    const all = [...document.querySelectorAll("main *")];
    const at = (el: Element | null) => (el ? all.indexOf(el) : -1);
    return {
      firstTel: at(document.querySelector('main a[href^="tel:"]')),
      emergency: at(document.querySelector("#in-danger")),
      crisis: at(document.querySelector("#crisis")),
      privacy: at(document.querySelector("#privacy")),
      firstTelInEmergency: !!document.querySelector('main a[href^="tel:"]')?.closest("#in-danger"),
    };
  });
  expect(order.firstTelInEmergency).toBe(true);
  expect(order.emergency).toBeLessThan(order.crisis);
  expect(order.privacy).toBeGreaterThan(order.crisis);
  expect(order.firstTel).toBeLessThan(order.privacy);
});

test("a country with no line for a need says so plainly, under that need", async ({ page }) => {
  await page.goto(routes.help());
  for (const gap of HELP_GAPS) {
    const note = page.locator(`[id="${gap.country}-${gap.topic}"] [data-gap]`);
    await expect(note).toContainText(gap.text);
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

test("the privacy note says what the site keeps and what the browser still keeps, in a few lines", async ({ page }) => {
  await page.goto(routes.help());
  const note = page.locator("#privacy + p");
  await expect(note).toContainText("does not track you");
  await expect(note).toContainText("history");
  await expect(note).toContainText("only swaps this one page");
  expect((await note.innerText()).split(/\s+/).length).toBeLessThan(80);
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
    await page.locator('section#crisis [data-country="uk"]').getByRole("link", { name: "More about these lines" }).click();
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

test("no page says how the help lines were looked up", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(paths).toContain(routes.help());
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/copies we can search/i);
  }
});
