import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
import { routes } from "@/lib/routes";
import { parseSearchInput } from "@/lib/search/query";
import { searchInputFromKey, searchResultsKey } from "@/lib/serving/results-key";

// What a reader can put in a search URL: any text (markup, control characters, long strings,
// repeated parameters), any page value.
const value = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 60 }), fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 3 }));
const params = fc.record({ q: value, tag: value, stage: value, page: fc.oneof(fc.string({ maxLength: 6 }), fc.integer().map(String)) }, { requiredKeys: ["q"] });

describe("a search's results key (the cached results route's one segment)", () => {
  it("gives back exactly the search it was made from, parsed as the page would parse the URL", () => {
    fc.assert(
      fc.property(params, (raw) => {
        const key = searchResultsKey(raw);
        expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(searchInputFromKey(key)).toEqual(parseSearchInput(raw));
      }),
    );
  });

  it("is the same for every spelling of one search, so the cache holds it once", () => {
    const one = searchResultsKey({ q: "  text   them ", page: "1" });
    expect(searchResultsKey({ q: ["text them", "ignored"] })).toBe(one);
    expect(searchResultsKey({ q: "text\u0000them", page: "abc" })).toBe(one);
    expect(searchResultsKey({ q: "text them", page: "2" })).not.toBe(one);
  });

  it("refuses keys it would not have made: altered, truncated, foreign or wrongly shaped", () => {
    const key = searchResultsKey({ q: "apology", tag: "apology" });
    for (const stray of [key.slice(0, -2), `${key}A`, "zzz", "", Buffer.from('["a","","",1,"x"]').toString("base64url"), Buffer.from('["  a  ","","",1]').toString("base64url"), Buffer.from('{"q":"a"}').toString("base64url")]) {
      expect(searchInputFromKey(stray)).toBeUndefined();
    }
  });
});

describe("proxy: a search with a query is served by the cached results route", () => {
  it("rewrites /search?q=… to the results route for its cleaned input; the URL the reader sees stays", () => {
    const url = "https://example.test/search?q=%3Cb%3Etext%20them&tag=Apology&page=2";
    const response = proxy(new NextRequest(url));
    const key = searchResultsKey({ q: "<b>text them", tag: "Apology", page: "2" });
    expect(response.headers.get("x-middleware-rewrite")).toBe(`https://example.test${routes.searchResults(key)}`);
    expect(searchInputFromKey(key)).toMatchObject({ q: "<b>text them", tag: "apology", page: 2 });
  });

  it("matches /search only when it has a query; everything else bypasses it", () => {
    const searchMatcher = config.matcher[1];
    expect(searchMatcher).toEqual({ source: routes.search(), has: [{ type: "query", key: "q" }] });
  });
});
