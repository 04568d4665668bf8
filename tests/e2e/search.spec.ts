import { expect, test, type Page } from "@playwright/test";
import { COUNTRIES as countries, HELP_SERVICES } from "@/lib/help-resources";
import { articles, stages, tags } from "./site";
import { CONTACT_GATE } from "@/lib/content/contact-gate";
import { routes } from "@/lib/routes";

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form finds passages and highlights the matched words", async ({ page }) => {
    await page.goto("/");
    await page.locator("#header-search").fill("apologize");
    await page.locator("#header-search").press("Enter");
    await expect(page).toHaveURL(/\/search\?q=apologize$/);
    // The query is quoted by a <q> element: the browser draws the quotation marks.
    await expect(page.locator("#search-results [role=status]")).toContainText(/\d+ results? for apologize/);
    await expect(page.locator("#search-results [role=status] q")).toHaveText("apologize");
    expect(await page.locator("#search-results li p mark").count()).toBeGreaterThan(0);
    const firstHref = await page.locator("#search-results h3 a").first().getAttribute("href");
    expect(firstHref).toMatch(/^\/articles\/[a-z0-9-]+#[a-z0-9-]+$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
  });

  test("facets narrow the results and keep the query", async ({ page }) => {
    await page.goto("/search?q=contact");
    const facet = page.getByRole("navigation", { name: "Narrow the results" }).getByRole("link", { name: /^No contact/ });
    await expect(facet).toHaveAttribute("href", "/search?q=contact&tag=no-contact");
    const total = parseInt((await page.locator("#search-results [role=status]").textContent())!, 10);
    await facet.click();
    await expect(page).toHaveURL(/tag=no-contact/);
    const narrowed = parseInt((await page.locator("#search-results [role=status]").textContent())!, 10);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThanOrEqual(total);
    await expect(page.locator("#search-page-input")).toHaveValue("contact");
  });

  test("no results offer every topic and every stage to browse", async ({ page }) => {
    await page.goto("/search?q=xqzv%20blorp");
    await expect(page.locator("#search-results [role=status]")).toContainText("0 results");
    const noResults = page.locator("#search-results");
    await expect(noResults).toBeVisible();
    for (const tag of tags) await expect(noResults.locator(`a[href="/tags/${tag.slug}"]`)).toHaveText(tag.name);
    for (const stage of stages) await expect(noResults.locator(`a[href="/stages/${stage.slug}"]`)).toHaveText(stage.title);
  });

  test("a misspelling still finds the passage, and the page offers the word it was read as", async ({ page }) => {
    await page.goto("/search?q=vulnerabel");
    await expect(page.locator("#search-results li").first()).toBeVisible();
    await expect(page.locator("#search-results li mark").first()).toHaveText(/^vulnerable$/i);
    const suggestion = page.locator("#search-results").getByRole("link", { name: "vulnerable", exact: true });
    await expect(suggestion).toHaveAttribute("href", "/search?q=vulnerable");
    await expect(page.locator("#search-results")).toContainText("Did you mean vulnerable?");
    await suggestion.click();
    await expect(page).toHaveURL(/\/search\?q=vulnerable$/);
    await expect(page.locator("#search-results")).not.toContainText("Did you mean");
  });

  test("unknown filters are ignored and reported", async ({ page }) => {
    const response = await page.goto("/search?q=space&tag=%3Cb%3Ebold&stage=nope");
    expect(response?.status()).toBe(200);
    await expect(page.locator("main p", { hasText: "Ignored an unknown filter" })).toContainText("Ignored an unknown filter");
    expect(await page.locator("main p", { hasText: "Ignored an unknown filter" }).locator("b").count()).toBe(0);
  });

  test("long result lists come in pages that keep the query and filters", async ({ page }) => {
    await page.goto("/search?q=contact");
    await expect(page.locator("#search-results [role=status]")).toContainText("page 1 of");
    const firstPage = await page.locator("#search-results h2 a").allTextContents();
    await page.getByRole("link", { name: /More results/ }).click();
    await expect(page).toHaveURL(/[?&]q=contact&page=2$/);
    await expect(page.locator("#search-results [role=status]")).toContainText("page 2 of");
    const secondPage = await page.locator("#search-results h2 a").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await page.getByRole("link", { name: /Previous/ }).click();
    await expect(page.locator("#search-results [role=status]")).toContainText("page 1 of");
    // A nonsense page number is simply the first page.
    expect((await page.goto("/search?q=contact&page=%3Cb%3E"))?.status()).toBe(200);
    await expect(page.locator("#search-results [role=status]")).toContainText("page 1 of");
  });
});

test.describe("the cached results route", () => {
  test("the results route answers only keys a search makes: anything else is a 404", async ({ request }) => {
    expect((await request.get(routes.searchResults("not-a-key"))).status()).toBe(404);
  });
});

test.describe("the search endpoint", () => {
  test("answers one page of results as cacheable JSON, like the page", async ({ request, page }) => {
    const response = await request.get("/api/search?q=apologize");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toMatch(/public.*max-age=\d+/);
    const body = await response.json();
    expect(body.query).toMatchObject({ q: "apologize", tag: null, stage: null, page: 1 });
    expect(body.groups.length).toBeGreaterThan(0);
    expect(body.groups.length).toBeLessThanOrEqual(10);
    type Item = { url: string; snippet: { mark: boolean }[] | null; headingSegments: { mark: boolean }[] };
    const items: Item[] = body.groups.flatMap((group: { items: Item[] }) => group.items);
    for (const item of items) expect(item.url).toMatch(/^\/(articles|tags|stages)\/[a-z0-9-]+(#[a-z0-9-]+)?$/);
    // A passage that advises contact has no snippet (the page shows its conditions); the others mark what matched.
    const item = items.find((i) => i.snippet !== null)!;
    expect(item.snippet!.some((segment) => segment.mark) || item.headingSegments.some((segment) => segment.mark)).toBe(true);
    expect(Object.keys(body.facets.tags).length).toBeGreaterThan(0);
    // The no-JavaScript page shows the same count for the same query.
    await page.goto("/search?q=apologize");
    await expect(page.locator("#search-results [role=status]")).toContainText(`${body.total} result`);
  });

  test("cleans its input like the page: length cap, control characters, unknown filters, page numbers", async ({ request }) => {
    const long = await (await request.get(`/api/search?q=${"contact ".repeat(100)}%00%1F&page=abc`)).json();
    expect(long.query.q.length).toBeLessThanOrEqual(200);
    expect(long.query.q).not.toMatch(/[\u0000-\u001f]/);
    expect(long.query.page).toBe(1);
    const filtered = await (await request.get("/api/search?q=contact&tag=%3Cb%3E&stage=reaching-out&tag=apology")).json();
    expect(filtered.query).toMatchObject({ tag: null, stage: "reaching-out" });
    expect(filtered.ignored).toHaveLength(1);
  });
});

test.describe("with JavaScript, results appear as you type", () => {
  test("from the endpoint, never by downloading the index", async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await page.goto("/search");
    const answer = page.waitForResponse((response) => response.url().includes("/api/search?") && response.url().includes("contact"));
    await page.locator("#search-page-input").pressSequentially("how long no contact", { delay: 20 });
    const body = await (await answer).json();
    await expect(page.getByRole("region", { name: "Results as you type" }).getByRole("heading", { level: 2 })).toHaveCount(body.groups.length);
    await expect(page.getByRole("region", { name: "Results as you type" }).getByRole("status")).toContainText(`${body.total} results for “how long no contact”`);
    expect(await page.getByRole("region", { name: "Results as you type" }).locator("mark").count()).toBeGreaterThan(0);
    // Debounced: far fewer requests than keystrokes; and no whole-index download of any kind.
    expect(requested.filter((url) => url.startsWith("/api/search")).length).toBeLessThan("how long no contact".length / 2);
    expect(requested.filter((url) => /search-index|\.bin\b/.test(url))).toEqual([]);
  });

  test("keeps the page's topic filter", async ({ page }) => {
    await page.goto("/search?q=contact&tag=red-flags");
    // The answer for the whole word: on a slow machine the debounce may also send a shorter prefix first.
    const answer = page.waitForResponse((response) => response.url().includes("/api/search?") && new URL(response.url()).searchParams.get("q") === "message");
    await page.locator("#search-page-input").fill("");
    await page.locator("#search-page-input").pressSequentially("message", { delay: 20 });
    const response = await answer;
    expect(new URL(response.url()).searchParams.get("tag")).toBe("red-flags");
    const body = await response.json();
    expect(body.total).toBeGreaterThan(0);
    for (const group of body.groups) for (const item of group.items) expect(item.tagSlugs).toContain("red-flags");
    await expect(page.getByRole("region", { name: "Results as you type" }).getByRole("listitem").first()).toBeVisible();
  });
});

test.describe("a result that advises contact carries its conditions, never a cut of its advice", () => {
  const contactUrls = articles.flatMap((a) => a.passages.filter((p) => p.advisesContact).map((p) => routes.article(a.slug, p.id)));
  const query = "should i text first";

  async function expectConditions(results: ReturnType<Page["locator"]>) {
    const items = results.locator("ol > li > ul > li");
    let contact = 0;
    for (const item of await items.all()) {
      const conditions = item.locator("[data-contact-conditions]");
      // An article's introduction is listed without a heading; only passages advise contact.
      const href = (await item.locator("h3 a").count()) ? await item.locator("h3 a").getAttribute("href") : "introduction";
      if (contactUrls.includes(href!)) {
        contact++;
        await expect(conditions, href!).toHaveText(`${CONTACT_GATE.conditions} ${CONTACT_GATE.checksLabel}`);
      } else {
        await expect(conditions, href!).toHaveCount(0);
      }
    }
    expect(contact).toBeGreaterThan(0);
  }

  test("on the results page", async ({ page }) => {
    await page.goto(routes.search({ q: query }));
    await expectConditions(page.locator("#search-results"));
  });

  test("in live search", async ({ page }) => {
    await page.goto("/search");
    const answer = page.waitForResponse((response) => response.url().includes("/api/search?") && response.url().includes("first"));
    await page.locator("#search-page-input").pressSequentially(query, { delay: 20 });
    await answer;
    const live = page.getByRole("region", { name: "Results as you type" });
    // On a slow machine a shorter prefix may be answered first: check the list once it shows the whole query.
    await expect(live.getByText(`results for “${query}”`)).toBeVisible();
    await expect(live.locator("[data-contact-conditions]").first()).toBeVisible();
    await expectConditions(live);
  });
});

test.describe("a search about danger shows help before any result", () => {
  const help = (page: Page) => page.getByRole("region", { name: /alone|hurt|scares|photos/i }).first();

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a crisis query: the crisis lines of every country, the emergency numbers and /help#crisis, above the results", async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent("dont see the point of living without him")}`);
      const box = page.locator("#search-results [data-search-help]");
      await expect(box).toBeVisible();
      await expect(box.getByRole("link", { name: /thoughts of suicide/i })).toHaveAttribute("href", "/help#crisis");
      expect(await box.locator('a[href^="tel:"]').count()).toBeGreaterThan(countries.length);
      for (const country of countries) await expect(box.getByRole("list", { name: /lines by country/i })).toContainText(country.name);
      // First in the results column: before the count and the first result.
      const order = await page.locator("#search-results > *").evaluateAll((nodes) => nodes.map((n) => (n.hasAttribute("data-search-help") ? "help" : n.getAttribute("role") ?? n.tagName)));
      expect(order[0]).toBe("help");
      await expect(page.locator("#search-results ol li").first()).toBeVisible();
    });

    test("when no word matches, the help is still there, with the site's passages about it", async ({ page }) => {
      await page.goto("/search?q=kms");
      await expect(page.locator("#search-results [data-search-help]")).toBeVisible();
      await expect(page.locator("#search-results ol li").first()).toBeVisible();
    });

    test("each kind of danger links its part of /help, and every part it links exists", async ({ page, request }) => {
      const helpPage = await (await request.get(routes.help())).text();
      for (const [query, anchor] of [
        ["he says hell kill himself if i leave", "someone-threatens-self-harm"],
        ["he used to hit me but says hes changed", "abuse"],
        ["ex threatening to post my nudes", "image-abuse"],
        ["i pushed my girlfriend", "own-behaviour"],
      ]) {
        await page.goto(routes.search({ q: query }));
        await expect(page.locator(`#search-results [data-search-help] a[href="/help#${anchor}"]`), query).toHaveCount(1);
        expect(helpPage, anchor).toContain(`id="${anchor}"`);
      }
    });

    test("every search page has one calm line to /help under the search box: empty, results, no results, help shown", async ({ page }) => {
      for (const q of [undefined, "should i text him", "xqzv blorp", "i want to die"]) {
        await page.goto(routes.search(q ? { q } : {}));
        const line = page.locator("[data-help-line]");
        await expect(line, q).toHaveCount(1);
        await expect(line.getByRole("link"), q).toHaveAttribute("href", routes.help());
        // Right under the search box, before anything the query brought.
        expect(await page.locator("form[role=search] + [data-help-line]").count(), q).toBe(1);
      }
    });

    test("a line looked up by name opens the help on that line, wherever it is", async ({ page }) => {
      // A line of the last country /help lists, named by no other line: it would otherwise come last.
      const last = countries.at(-1)!.code;
      const line = HELP_SERVICES.find((s) => s.country === last && s.topic === "abuse" && HELP_SERVICES.filter((o) => o.name === s.name).length === 1)!;
      await page.goto(routes.search({ q: line.name.replace(/\(.*?\)/g, "").trim() }));
      const places = page.locator("#search-results [data-search-help] ul > li");
      await expect(places.first()).toContainText(`${countries.at(-1)!.name}: ${line.name}`);
    });

    test("an ordinary query shows no help box", async ({ page }) => {
      for (const query of ["should i text him", "this breakup is killing me", "xqzv blorp"]) {
        await page.goto(routes.search({ q: query }));
        await expect(page.locator("[data-search-help]"), query).toHaveCount(0);
      }
    });
  });

  test("the cached results route serves the help too, on a repeat from the page cache", async ({ request }) => {
    const url = routes.search({ q: `suicidal ${Date.now().toString(36)}` });
    await request.get(url);
    const again = await request.get(url);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await again.text()).toContain('href="/help#crisis"');
  });

  test("the endpoint says which help to show; an ordinary query carries none", async ({ request }) => {
    const threat = await (await request.get(`/api/search?q=${encodeURIComponent("he says hell kill himself if i leave")}`)).json();
    expect(threat.help.sections[0].link.href).toBe("/help#someone-threatens-self-harm");
    expect(threat.help.lines.length).toBeGreaterThan(0);
    const ordinary = await (await request.get("/api/search?q=apologize")).json();
    expect(ordinary.help).toBeUndefined();
  });

  test("live search shows the same help as you type", async ({ page }) => {
    await page.goto("/search");
    const answer = page.waitForResponse((response) => response.url().includes("/api/search?") && response.url().includes("die"));
    await page.locator("#search-page-input").pressSequentially("i want to die", { delay: 20 });
    await answer;
    const live = page.getByRole("region", { name: "Results as you type" });
    await expect(live.locator("[data-search-help]")).toBeVisible();
    await expect(live.locator('[data-search-help] a[href="/help#crisis"]')).toHaveCount(1);
    await expect(help(page)).toBeVisible();
  });

  test("live search keeps the calm line to /help under the search box, whatever is typed", async ({ page }) => {
    await page.goto("/search");
    const answer = page.waitForResponse((response) => response.url().includes("/api/search?") && response.url().includes("apolog"));
    await page.locator("#search-page-input").pressSequentially("how to apologise", { delay: 20 });
    await answer;
    await expect(page.getByRole("region", { name: "Results as you type" })).toBeVisible();
    await expect(page.locator("form[role=search] + [data-help-line]").getByRole("link")).toHaveAttribute("href", routes.help());
  });
});

test("browsers can add the site as a search engine", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="search"]')).toHaveAttribute("href", "/opensearch.xml");
  const response = await request.get("/opensearch.xml");
  expect(response.headers()["content-type"]).toContain("opensearchdescription+xml");
  expect(await response.text()).toMatch(/template="https?:\/\/[^"]+\/search\?q=\{searchTerms\}"/);
});
