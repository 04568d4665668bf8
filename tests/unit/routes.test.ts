import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { parseSearchInput } from "@/lib/search/query";
import { routes } from "@/lib/routes";
import { VALID } from "./helpers";

const content = loadContentFrom(VALID);
const article = content.articles[0]!;

describe("routes", () => {
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
