import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
import { loadContentFrom } from "@/lib/content/load";
import { routes } from "@/lib/routes";
import { STAGE_SLUGS, TAG_SLUGS } from "@/lib/taxonomy";
import { VALID } from "./helpers";

// The proxy costs a request a trip through Next's middleware runner, so only URLs that need its
// redirect may reach it. Next anchors the matcher like this (functions-config-manifest.json).
const matcher = new RegExp(`^${config.matcher[0] as string}$`);
const { articles } = loadContentFrom(VALID);

describe("proxy: capitalised section URLs redirect, canonical URLs never reach it", () => {
  const canonical = [
    routes.home,
    routes.articles,
    ...articles.map((article) => routes.article(article.slug)),
    routes.tags,
    ...TAG_SLUGS.map((tag) => routes.tag(tag)),
    ...TAG_SLUGS.map((tag) => routes.tag(tag, 2)),
    routes.stages,
    ...STAGE_SLUGS.map((stage) => routes.stage(stage)),
    routes.search({ q: "Should I Text Them" }).split("?")[0]!,
    routes.help(),
    "/_next/static/chunks/App.js",
  ];

  it.each(canonical)("%s bypasses the proxy", (path) => {
    expect(matcher.test(path)).toBe(false);
  });

  it.each(["/Articles", "/articles/How-To", "/TAGS/no-contact", "/stages/Moving-On"])("%s goes through it and is redirected to lowercase", (path) => {
    expect(matcher.test(path)).toBe(true);
    const response = proxy(new NextRequest(`https://example.test${path}?a=B`));
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(`https://example.test${path.toLowerCase()}?a=B`);
  });
});
