import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
import { loadContentFrom } from "@/lib/content/load";
import { routes } from "@/lib/routes";
import { BUILD_ETAG_ENV } from "@/lib/serving/etag";
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

describe("proxy: a revalidation reaches it on any path, and only does what that path needs", () => {
  // The If-None-Match matcher lets every revalidation in; without this build's ETag it must change nothing.
  const stale = { headers: { "if-none-match": 'W/"an-older-build"' } };

  it.each(["/About", "/_next/static/chunks/Ab12.js", "/Help", routes.search()])("%s passes through untouched", (path) => {
    const response = proxy(new NextRequest(`https://example.test${path}`, stale));
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    expect(response.status).toBe(200);
  });

  it("a capitalised section path is still redirected to lowercase", () => {
    const response = proxy(new NextRequest("https://example.test/Tags/Apology", stale));
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("https://example.test/tags/apology");
  });
});

describe("proxy: a revalidation that names this build's ETag is a 304 before anything else", () => {
  it("answers 304 with the ETag and no body, on any path, without rewriting or redirecting", async () => {
    // The name next.config.ts inlines; proxy.ts must read the same one.
    vi.stubEnv(BUILD_ETAG_ENV, 'W/"this-build"');
    vi.resetModules();
    const { proxy: built } = await import("@/proxy");
    for (const path of [routes.article(articles[0]!.slug), `${routes.search()}?q=apology`, "/Articles/X"]) {
      const response = built(new NextRequest(`https://example.test${path}`, { headers: { "if-none-match": 'W/"older", W/"this-build"' } }));
      expect(response.status, path).toBe(304);
      expect(response.headers.get("etag")).toBe('W/"this-build"');
      expect(response.body).toBeNull();
    }
    vi.unstubAllEnvs();
  });
});
