import { expect, test } from "@playwright/test";
import { isOneByte, toOneByteHtml } from "@/lib/one-byte-html.mjs";
import { routes } from "@/lib/routes";
import { articles, PAGE_TYPES, sitemapPaths, stages, tags } from "./site";

// Every prerendered page is stored and served as Latin-1 text, which Node writes far faster than text
// with wider characters (lib/one-byte-html.mjs, lib/next-adapter.mjs). Readers must not see a difference.

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
