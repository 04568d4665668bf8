import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { parseSearchInput } from "@/lib/search/query";
import { routes } from "@/lib/routes";
import { VALID } from "./helpers";

const APP = path.join(__dirname, "..", "..", "app");

/**
 * The app/ folder that answers `pathname`, following Next's file conventions: a literal folder, a
 * [param] folder, or a route handler folder named like the file (feed.xml/route.ts). Undefined when
 * no page, route handler or metadata file would answer.
 */
function routeFileFor(pathname: string): string | undefined {
  let dir = APP;
  for (const segment of pathname.split("/").filter(Boolean)) {
    const literal = path.join(dir, segment);
    const param = readdirSync(dir).find((name) => /^\[[^\].]+\]$/.test(name));
    if (existsSync(literal)) dir = literal;
    else if (param) dir = path.join(dir, param);
    else {
      // Metadata files (sitemap.ts, opengraph-image.tsx) answer at their own name without a folder.
      const base = segment.replace(/\.\w+$/, "");
      const file = readdirSync(dir).find((name) => name.replace(/\.tsx?$/, "") === base);
      return file ? path.join(dir, file) : undefined;
    }
  }
  return ["page.tsx", "route.ts", "opengraph-image.tsx"].map((f) => path.join(dir, f)).find((f) => existsSync(f));
}

const content = loadContentFrom(VALID);
const article = content.articles[0]!;

describe("routes", () => {
  it("builds every page's path from one place, and each has a page or route in app/", () => {
    const paths = [
      routes.home,
      routes.articles,
      routes.article(article.slug),
      routes.tags,
      ...content.tags.map((t) => routes.tag(t.slug)),
      routes.stages,
      ...content.stages.map((s) => routes.stage(s.slug)),
      routes.stageFinder,
      routes.search(),
      routes.help(),
      routes.about,
      routes.feed,
      routes.sitemap,
      routes.opensearch,
      routes.searchApi({ q: "x" }),
      routes.articlesPage(2),
      ...content.tags.map((t) => routes.tag(t.slug, 2)),
      ...content.stages.map((s) => routes.stage(s.slug, 3)),
      routes.previewImage(),
      routes.previewImage(routes.article(article.slug)),
    ];
    for (const p of paths) expect(routeFileFor(new URL(p, "https://x.example").pathname), p).toBeDefined();
    expect(routeFileFor("/no-such-section/x")).toBeUndefined();
  });

  it("points deep links at a passage's heading anchor", () => {
    const passage = article.passages[0]!;
    expect(routes.article(article.slug, passage.id)).toBe(`/articles/${article.slug}#${passage.id}`);
    expect(routes.help("crisis")).toBe("/help#crisis");
  });

  it("leaves page 1 out so each listing page has one URL", () => {
    expect(routes.tag("apology", 1)).toBe(routes.tag("apology"));
    expect(routes.stage("moving-on", 2)).toBe("/stages/moving-on/page/2");
    expect(routes.articlesPage(1)).toBe(routes.articles);
  });

  it("encodes search input so the URL reads back as the same search", () => {
    const q = "sorry & <b>\"hi\"</b> #1?";
    const href = routes.search({ q, tag: "apology", stage: "reaching-out", page: 3 });
    const params = Object.fromEntries(new URL(href, "https://x.example").searchParams);
    expect(parseSearchInput(params)).toMatchObject({ q, tag: "apology", stage: "reaching-out", page: 3 });
    expect(routes.search({ q: "", page: 1 })).toBe("/search");
  });
});
