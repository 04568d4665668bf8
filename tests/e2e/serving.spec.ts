import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { CONTACT_GATE } from "@/lib/content/contact-gate";
import { routes } from "@/lib/routes";
import { isOneByte, toOneByteHtml } from "@/lib/serving/one-byte-html.mjs";
import { articles, PAGE_TYPES, sitemapPaths, stages, tags } from "./site";

// Every assumption lib/serving/ and next.config.ts make about how Next serves bytes, checked against the
// running production server: if a Next upgrade breaks one, it fails here, with the mechanism named
// (lib/serving/README.md says what each one is for).

test.describe("pages are stored one byte per character (lib/serving/next-adapter.mjs)", () => {
  test("every page in the sitemap is served one byte per character, and the article credits read exactly as written", async ({ page, request }) => {
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThan(articles.length);
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      expect(isOneByte(html), `${path} has a character above U+00FF`).toBe(true);
    }
    // At least one credit holds a character the rewrite had to encode, or this would prove nothing.
    const encoded = articles.filter((article) => !isOneByte(article.source.title));
    expect(encoded.length).toBeGreaterThan(0);
    for (const article of encoded) {
      await page.goto(routes.article(article.slug));
      await expect(page.locator("main")).toContainText(article.source.title);
    }
  });

  test("pages rendered on request (search results, not found) add no character above U+00FF to what the content holds", async ({ request }) => {
    // The build cannot rewrite these, so our own words on them (quotes, ellipses, placeholders) stay Latin-1.
    const wide = (text: string) => new Set([...text].filter((char) => !isOneByte(char)));
    const contentWide = wide(JSON.stringify({ articles, tags, stages }));
    for (const path of [PAGE_TYPES.search!, PAGE_TYPES["search-empty"]!, PAGE_TYPES["not-found"]!, routes.search({ q: "text them", tag: "nope" })]) {
      const html = await (await request.get(path)).text();
      expect([...wide(html)].filter((char) => !contentWide.has(char)), path).toEqual([]);
    }
  });

  test("a real HTML parser reads a rewritten document exactly as the original", async ({ page }) => {
    // Wide characters everywhere Next and React put text: head, attributes, text, form values, SVG,
    // the inline RSC payload, JSON-LD and a stylesheet.
    const original = [
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>It’s “fine” — 😀</title>`,
      `<meta name="description" content="Don’t… ça ½">`,
      `<style>q::before{content:"“"}</style>`,
      `<script type="application/ld+json">{"name":"It’s “fine” 😀"}</script></head>`,
      `<body><!-- a comment ’ --><p title="a…b" data-x='c’d'>Text ’ “q” – ok 😀 &amp; é</p>`,
      `<input placeholder="Search…" value="’"><textarea>’ &lt;b&gt;</textarea>`,
      `<svg><title>’</title><text>…</text></svg>`,
      `<script>self.__next_f.push([1,"It’s \\"quoted\\" 😀 \\u003cb\\u003e"])</script></body></html>`,
    ].join("");
    const rewritten = toOneByteHtml(original);
    expect(isOneByte(rewritten)).toBe(true);

    const read = (html: string) =>
      page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        // Scripts are compared by the values they produce, style sheets by the rules the browser parsed.
        const values = [...doc.querySelectorAll("script")].map((script) =>
          script.type === "application/ld+json"
            ? JSON.parse(script.textContent ?? "")
            : new Function("self", `return ${script.textContent}`)({ __next_f: { push: (chunk: unknown) => chunk } }),
        );
        const rules = [...doc.querySelectorAll("style")].map((style) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(style.textContent ?? "");
          return [...sheet.cssRules].map((rule) => rule.cssText);
        });
        doc.querySelectorAll("script, style").forEach((element) => (element.textContent = ""));
        // Comments mean nothing to a reader (React writes only ASCII markers in them); the rewrite may change their text.
        const comments = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
        for (let node = comments.nextNode(); node; node = comments.nextNode()) (node as Comment).data = "";
        return { markup: doc.documentElement.outerHTML, title: doc.title, values, rules };
      }, html);

    const [before, after] = [await read(original), await read(rewritten)];
    expect(after).toEqual(before);
    expect(after.title).toBe("It’s “fine” — 😀");
  });
});

test.describe("one ETag per build (lib/serving/etag.ts, build-stamp.mjs, proxy.ts)", () => {
  test("a revalidation of anything the build serves is a 304 with no body; a stale validator gets the page", async ({ request }) => {
    const paths = [routes.home, PAGE_TYPES.article!, PAGE_TYPES.tag!, PAGE_TYPES.search!, routes.searchApi({ q: "apology" }), routes.feed, routes.help()];
    const etags = new Set<string>();
    for (const path of paths) {
      const first = await request.get(path);
      expect(first.status(), path).toBe(200);
      const etag = first.headers()["etag"];
      expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
      etags.add(etag!);
      const again = await request.get(path, { headers: { "If-None-Match": etag! }, maxRedirects: 0 });
      expect(again.status(), path).toBe(304);
      expect((await again.body()).length).toBe(0);
      expect(again.headers()["etag"]).toBe(etag);
      // A validator from another build (or a list without this one) gets the whole page again.
      const stale = await request.get(path, { headers: { "If-None-Match": 'W/"from-an-older-build", "another"' } });
      expect(stale.status(), path).toBe(200);
      expect((await stale.body()).length).toBeGreaterThan(0);
    }
    // One build, one validator: nothing about a response changes until the next build.
    expect(etags.size).toBe(1);
  });
});

test.describe("paint", () => {
  test("every page waits for one stylesheet, the same one, so a second page has it cached", async ({ request }) => {
    const paths = [...(await sitemapPaths(request)), PAGE_TYPES.search!, PAGE_TYPES["not-found"]!];
    const sheets = new Set<string>();
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf("</head>"));
      // A stylesheet link blocks rendering unless its media never matches on load.
      const blocking = [...head.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].filter(([tag]) => !/media="(?:print|not all)"/.test(tag));
      expect(blocking.length, `${path}: ${blocking.map(([tag]) => tag).join(" ")}`).toBe(1);
      expect(head, `${path}: no CSS inside the document`).not.toContain("<style");
      sheets.add(/href="([^"]+)"/.exec(blocking[0]![0])![1]!);
    }
    expect([...sheets]).toHaveLength(1);
  });
});

test.describe("page weight", () => {
  test("an article's page data holds the contact gate once for each kind, however many passages show it", async ({ request }) => {
    const gate = new RegExp(`<details class="${CONTACT_GATE.className}"[\\s\\S]*?</details>`, "g");
    const gatesOf = (article: (typeof articles)[number]) => article.passages.flatMap(({ html }) => html.match(gate) ?? []);
    const article = [...articles].sort((a, b) => gatesOf(b).length - gatesOf(a).length)[0]!;
    const gates = gatesOf(article);
    const kinds = new Set(gates).size;
    expect(gates.length, "the content shows the same gate more than once").toBeGreaterThan(kinds);
    const html = await (await request.get(routes.article(article.slug))).text();
    const payload = [...html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g)].map(([script]) => script).join("");
    const times = (text: string) => text.split(CONTACT_GATE.lead).length - 1;
    // A reader sees every gate; the data React hydrates from refers back to the first of each kind.
    expect(times(html) - times(payload)).toBe(gates.length);
    expect(times(payload)).toBe(kinds);
  });
});

test.describe("caching", () => {
  test("pages are CDN-cacheable, assets immutable, search briefly cacheable", async ({ page, request }) => {
    expect((await request.get(PAGE_TYPES.article!)).headers()["cache-control"]).toMatch(/s-maxage=\d{6,}/);
    expect((await request.get(PAGE_TYPES.search!)).headers()["cache-control"]).toMatch(/public.*max-age=\d+/);
    await page.goto(routes.home);
    const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
    expect((await request.get(asset!)).headers()["cache-control"]).toContain("immutable");
  });

  test("a repeated search is served from the page cache: the same page again, without rendering it again", async ({ request }) => {
    // A query no other test asks, so the first request is the one that renders it.
    const url = routes.search({ q: `apologize ${Date.now().toString(36)}`, tag: "apology" });
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    const second = await request.get(url);
    expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
    // The cache keeps it one byte per character (lib/serving/cache-handler.mjs): the same document.
    expect(await second.text()).toBe(toOneByteHtml(await first.text()));
  });

  test("a few hundred distinct searches write no file under .next/ (the page cache stays in memory)", async ({ request }) => {
    test.setTimeout(120_000);
    const buildDir = path.join(__dirname, "..", "..", ".next");
    const files = () => new Set(readdirSync(buildDir, { recursive: true, encoding: "utf8" }));
    const before = files();
    expect(before.size, "the server's build folder").toBeGreaterThan(0);
    const words = ["apology", "contact", "space", "text them", "red flags", "counselling"];
    const run = Date.now().toString(36);
    const searches = Array.from({ length: 300 }, (_, i) =>
      routes.search({ q: `${words[i % words.length]} ${run}${i}`, tag: i % 3 ? undefined : tags[i % tags.length]!.slug }),
    );
    // A query as long as the input allows would also be a file name too long to write.
    searches.push(routes.search({ q: `${run} ${"breakup ".repeat(40)}` }));
    for (let i = 0; i < searches.length; i += 10) {
      const responses = await Promise.all(searches.slice(i, i + 10).map((url) => request.get(url)));
      for (const response of responses) expect(response.status(), response.url()).toBe(200);
    }
    expect([...files()].filter((file) => !before.has(file))).toEqual([]);
  });
});
