import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { PRERENDERED_ARTICLES, prerenderedArticles } from "@/lib/dynamic-routes";
import { isSearchKey, isStorable, memoryCache } from "@/lib/serving/cache-handler.mjs";
import { readContentSnapshot, writeContentSnapshot } from "@/lib/serving/content-snapshot";
import { VALID } from "./helpers";

// The parts of the cache for pages rendered on request that need no server; the running behaviour
// (shared through Redis, kept on disk, never a 404) is in tests/e2e/shared-cache.spec.ts.

const page = (html: string, status?: number) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(""), headers: {}, status, postponed: undefined, segmentData: undefined }) as never;
const entry = (html: string) => ({ value: page(html), lastModified: 0 });

describe("what the cache keeps", () => {
  it("keeps pages that rendered, never a 404 or an error", () => {
    expect(isStorable(page("<p>ok</p>"))).toBe(true);
    expect(isStorable(page("<p>ok</p>", 200))).toBe(true);
    expect(isStorable(page("<p>not found</p>", 404))).toBe(false);
    expect(isStorable(page("<p>error</p>", 500))).toBe(false);
    expect(isStorable(null)).toBe(false);
  });

  it("knows search results, which stay in memory, by their route", () => {
    expect(isSearchKey("/route-cache/APP_PAGE/ab12/$/search/results/WyJhIl0")).toBe(true);
    expect(isSearchKey("/route-cache/APP_PAGE/ab12/$/articles/search-results-and-you")).toBe(false);
  });

  it("holds at most its bytes in memory, least recently used out", () => {
    const memory = memoryCache(1000);
    memory.set("a", entry("x".repeat(400)));
    memory.set("b", entry("x".repeat(400)));
    memory.get("a");
    memory.set("c", entry("x".repeat(400)));
    expect(memory.get("b")).toBeUndefined();
    expect(memory.get("a")).toBeDefined();
    expect(memory.get("c")).toBeDefined();
    expect(memory.calculatedSize).toBeLessThanOrEqual(1000);
    memory.set("huge", entry("x".repeat(5000)));
    expect(memory.get("huge")).toBeUndefined();
  });
});

describe("how many articles the build prerenders", () => {
  it("is PRERENDER_ARTICLES, a whole number, or the default", () => {
    expect(prerenderedArticles({})).toBe(PRERENDERED_ARTICLES);
    expect(prerenderedArticles({ PRERENDER_ARTICLES: " 0 " })).toBe(0);
    expect(prerenderedArticles({ PRERENDER_ARTICLES: "250" })).toBe(250);
    for (const bad of ["-1", "ten", "1.5"]) expect(() => prerenderedArticles({ PRERENDER_ARTICLES: bad })).toThrow(/PRERENDER_ARTICLES/);
  });
});

describe("the content snapshot a build writes", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "second-chance-snapshot-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const content = loadContentFrom(VALID);
  writeContentSnapshot(dir, content, 'W/"build-a"');

  it("reads back as the very content it was written from, bodies included", () => {
    const read = readContentSnapshot(dir, 'W/"build-a"')!;
    expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(content)));
    const article = read.articles.at(-1)!;
    expect(article.passages[0]!.html).toBe(content.articles.at(-1)!.passages[0]!.html);
  });

  it("belongs to one build: another build's process does not read it", () => {
    expect(readContentSnapshot(dir, 'W/"build-b"')).toBeUndefined();
    expect(readContentSnapshot(path.join(dir, "missing"), 'W/"build-a"')).toBeUndefined();
  });
});
