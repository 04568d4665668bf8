/**
 * Search quality against the real five editions: questions in a reader's own words must put the
 * passage that answers them in the top three. If an edition is rewritten and one of these slips, the
 * ranking (or the edition) needs a look — that is the point of the test.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadContent } from "@/lib/content";
import { loadContentFrom } from "@/lib/content/load";
import { parseSearchInput } from "@/lib/search";
import { buildSiteSearch } from "@/lib/search/build-index";
import { deserializeIndex, serializeIndex } from "@/lib/search/index-file";
import { MAX_QUERY_LENGTH, MAX_RESULTS_PAGE } from "@/lib/search/limits";
import { MAX_QUERY_TERMS, MAX_QUERY_WORDS, planQuery } from "@/lib/search/plan";
import { docUrl, GROUPS_PER_PAGE, PASSAGES_PER_ARTICLE, runSearch } from "@/lib/search/results";
import type { Filters } from "@/lib/search/site-index";
import { indexTerm } from "@/lib/text";
import { fixtureSite } from "./helpers";

const content = loadContent();
const index = buildSiteSearch(content);
/** The passages (and topic and stage pages) the first results page shows, in order. */
const shownUrls = (query: string, filters: Filters = {}) => runSearch(index, query, filters, 1).groups.flatMap((g) => g.items.map((item) => item.url));
const topUrls = (query: string, n = 3) => shownUrls(query).slice(0, n);

const TALK = "/articles/can-you-talk-your-ex-into-getting-back-together";
const HOW_TO = "/articles/how-to-get-your-ex-back";
const TIPS = "/articles/10-tips-for-getting-back-with-your-ex";
const STEPS = "/articles/6-steps-to-win-back-their-heart";
const CONVINCE = "/articles/convince-your-ex-to-come-back";
/** The anchor of a numbered step, read from the article, so rewording a heading doesn't break the test. */
const stepAnchor = (url: string, step: number) => {
  const article = content.articles.find((a) => url.endsWith(`/${a.slug}`))!;
  return `${url}#${article.passages.find((p) => p.heading.startsWith(`${step}.`))!.id}`;
};

describe("topic questions find the passage that answers them, in the top three", () => {
  const cases: [query: string, expected: string][] = [
    ["should I text her", `${TALK}#scheme-three-brute-force-messaging`],
    ["how long no contact", "/articles/6-steps-to-win-back-their-heart#1-give-them-the-space-they-asked-for"],
    ["apologize", `${HOW_TO}#2-give-an-honest-apology`],
    ["guilt trip", `${TALK}#scheme-one-guilt`],
    ["threaten", `${TALK}#scheme-two-blackmail-and-threats`],
    ["make them jealous", `${HOW_TO}#what-not-to-do`],
    ["ask why it ended, closure", `${TIPS}#9-ask-for-an-explanation-once-then-let-it-rest`],
    ["they moved on", "/stages/moving-on"],
    ["trust again", "/stages/rebuilding"],
    ["really listen to them", `${HOW_TO}#4-really-listen`],
    ["answer their questions", `${HOW_TO}#3-answer-their-questions-fully`],
    ["break old habits", `${CONVINCE}#eliminate-the-habits-that-hurt-you-both`],
    ["can our problems be fixed", stepAnchor(STEPS, 4)],
    ["will they reach out first", `${TALK}#hoping-your-ex-will-reach-out-first`],
    ["be vulnerable", `${TIPS}#7-take-some-risks-and-be-vulnerable`],
  ];
  test.each(cases)("%s → %s", (query, expected) => {
    expect(topUrls(query)).toContain(expected);
  });
});

describe("word forms, synonyms and typos meet", () => {
  test("apologize, apologizing, apologise and apology find the same best passage", () => {
    const best = topUrls("apology", 1)[0];
    for (const form of ["apologize", "apologizing", "apologise", "apologies"]) expect(topUrls(form)).toContain(best);
  });

  test("sorry is treated as apology", () => {
    expect(topUrls("sorry")).toContain("/tags/apology");
  });

  test("text, message and call lead to no contact", () => {
    for (const word of ["text", "message", "call"]) expect(topUrls(word, 5)).toContain("/tags/no-contact");
  });

  test("cheating and affair lead to red flags", () => {
    for (const word of ["she cheated", "affair"]) expect(topUrls(word)).toContain("/tags/red-flags");
  });

  test("misspellings still find the passage", () => {
    expect(topUrls("apolgy")).toContain(`${HOW_TO}#2-give-an-honest-apology`);
    expect(topUrls("no contcat")).toContain("/tags/no-contact");
    expect(topUrls("blackmial")).toContain(`${TALK}#scheme-two-blackmail-and-threats`);
  });

  test("a misspelt word still completes a reader's phrase", () => {
    // "get over" is a phrase of the readers' words (content/search-terms.yaml) that leads to moving on.
    expect(topUrls("geting over my ex")).toContain("/stages/moving-on");
    expect(topUrls("geting over my ex")).toEqual(topUrls("getting over my ex"));
  });

  test("a misspelt filler word is still a filler word, not a guess at another word", () => {
    // "shoud" is one edit from "should" (a filler word) and from "shout"; the query is about texting.
    expect(topUrls("shoud i text her")).toEqual(topUrls("should i text her"));
  });

  test("\"Did you mean\" offers the words the search read a misspelling as, and nothing else", () => {
    const suggestion = (query: string) => runSearch(index, query, {}, 1).suggestion;
    expect(suggestion("apolgy")).toBe("apology");
    expect(suggestion("Should I txet her")).toBe("Should I text her");
    expect(suggestion("zzzzqqq")).toBeUndefined();
    // A possessive is a word the site knows ("friend's" is read as "friends").
    expect(suggestion("my friend's advice")).toBeUndefined();
    expect(suggestion("apology")).toBeUndefined();
  });

  test("a query that gets help gets no \"Did you mean\"", () => {
    const results = runSearch(index, "feeling suicidel", {}, 1);
    expect(results.safety).toContain("crisis");
    expect(results.suggestion).toBeUndefined();
  });
});

describe("results page model", () => {
  test("a tag filter keeps only passages carrying the tag, and facet counts say what a click yields", () => {
    const all = runSearch(index, "contact", {});
    const filtered = runSearch(index, "contact", { tag: "red-flags" });
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
    expect(filtered.total).toBe(all.facets.tags["red-flags"]);
    for (const group of filtered.groups) for (const item of group.items) expect(item.tagSlugs).toContain("red-flags");
  });

  test("a stage filter keeps only hits for that stage", () => {
    const shown = shownUrls("message", { stage: "reaching-out" });
    expect(shown.length).toBeGreaterThan(0);
    for (const url of shown) expect(index.docs.find((doc) => docUrl(doc) === url)!.stageSlugs).toContain("reaching-out");
  });

  test("one article cannot flood the page: at most a few passages each, the rest counted", () => {
    const results = runSearch(index, "ex", {});
    const articleUrls = results.groups.filter((g) => g.kind === "passage").map((g) => g.url);
    expect(new Set(articleUrls).size).toBe(articleUrls.length);
    for (const group of results.groups) expect(group.items.length).toBeLessThanOrEqual(PASSAGES_PER_ARTICLE);
    expect(results.groups.some((g) => g.more > 0)).toBe(true);
  });

  test("results come in pages of groups; a page past the end shows the last", () => {
    // "contact" matches all five articles and several topic and stage pages: more than one page.
    const first = runSearch(index, "contact", {});
    expect(first.pageCount).toBeGreaterThan(1);
    expect(first.groups).toHaveLength(GROUPS_PER_PAGE);
    const pages = Array.from({ length: first.pageCount }, (_, i) => runSearch(index, "contact", {}, i + 1));
    const urls = pages.flatMap((p) => p.groups.map((g) => g.url));
    expect(new Set(urls).size).toBe(urls.length);
    expect(pages.flatMap((p) => p.groups).reduce((n, g) => n + g.items.length + g.more, 0)).toBe(first.total);
    expect(runSearch(index, "contact", {}, 999).page).toBe(first.pageCount);
    expect(parseSearchInput({ page: "2" }).page).toBe(2);
    for (const bad of ["0", "-3", "1.5", "abc", "1e9", ["x"]]) expect(parseSearchInput({ page: bad }).page).toBe(1);
  });

  test("a passage that advises contact is listed with the contact gate's line, never a cut of its advice", () => {
    const contactUrls = new Set(content.articles.flatMap((a) => a.passages.filter((p) => p.advisesContact).map((p) => docUrl({ kind: "passage", slug: a.slug, anchor: p.id }))));
    const items = ["should i text first", "reach out to my ex", "message my ex after no contact", "say sorry to my ex"].flatMap((q) =>
      Array.from({ length: runSearch(index, q, {}, 1).pageCount }, (_, page) => runSearch(index, q, {}, page + 1).groups.flatMap((g) => g.items)).flat(),
    );
    const contact = items.filter((item) => contactUrls.has(item.url));
    expect(contact.length).toBeGreaterThan(0);
    expect(contact.filter((item) => item.snippet !== null).map((item) => item.url)).toEqual([]);
    expect(items.filter((item) => !contactUrls.has(item.url) && item.snippet === null).map((item) => item.url)).toEqual([]);
  });

  test("snippets mark the matched words and keep text as text", () => {
    // "blackmailing" has no synonyms, so every mark is a form of the word itself.
    const [group] = runSearch(index, "blackmailing", {}).groups;
    const segments = [...group!.items[0]!.headingSegments, ...(group!.items[0]!.snippet ?? [])];
    const marked = segments.filter((segment) => segment.mark).map((segment) => segment.text.toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((word) => word.startsWith("blackmail"))).toBe(true);
    expect(segments.map((s) => s.text).join("")).not.toMatch(/<[a-z]/i);
  });

  test("hostile and odd input parses to a plain, capped query and never throws", () => {
    const inputs = ["<script>alert(1)</script>", "\u0000%00", "x".repeat(5000), "💔💔", "   ", "\"'`;--", "(((", "*"];
    for (const raw of inputs) {
      const { q } = parseSearchInput({ q: raw, tag: "<b>", stage: "nope" });
      expect(q.length).toBeLessThanOrEqual(200);
      expect(q).not.toMatch(/[\u0000-\u001f]/);
      expect(() => runSearch(index, q, {})).not.toThrow();
    }
    expect(parseSearchInput({ q: "x", tag: "<b>", stage: "nope" }).ignored).toHaveLength(2);
    expect(parseSearchInput({ q: ["a", "b"], tag: "Apology" })).toMatchObject({ q: "a", tag: "apology" });
  });
});

describe("synonyms are data, matched on every word form", () => {
  const termsOf = (query: string) => planQuery(index, query).specs.map((spec) => spec.term).sort();
  test.each([
    ["texted", "text"],
    ["texting", "text"],
    ["calls", "call"],
    ["cheating", "cheat"],
    ["cheated", "cheat"],
    ["ghosted", "ghosting"],
  ])("%s expands like %s", (form, base) => {
    expect(termsOf(form)).toEqual(termsOf(base));
    expect(termsOf(form).length).toBeGreaterThan(1);
  });

  test.each([
    ["apologise", "apologize"],
    ["behaviour", "behavior"],
    ["counselling", "counseling"],
    ["realised", "realized"],
    ["honour", "honor"],
  ])("British %s and American %s meet", (british, american) => {
    expect(indexTerm(british)).toBe(indexTerm(american));
  });

  test("every word and phrase in content/search-terms.yaml leads to words the guides use", () => {
    const terms = content.searchTerms;
    const entries = [...Object.values(terms.topics), terms.general].flatMap((words) => Object.entries(words ?? {}));
    expect(entries.length).toBeGreaterThan(10);
    const known = new Set(index.bm25.terms);
    for (const [key, words] of entries) expect(words.some((word) => known.has(indexTerm(word) ?? "")), key).toBe(true);
  });

  test("a phrase stands in for its words, with its words in any form and a pronoun between them", () => {
    for (const query of ["left on read", "left me on read", "Left on read"]) {
      const asked = termsOf(query);
      expect(asked, query).toContain(indexTerm("replying"));
      expect(asked, query).not.toContain(indexTerm("read"));
    }
    expect(termsOf("zoned out")).toEqual(termsOf("zone out"));
  });

});

describe("what a query costs is bounded", () => {
  test("only the last word matches as a prefix; only unknown words are corrected, and count less", () => {
    const querySpecs = (query: string) => planQuery(index, query).specs;
    const specs = querySpecs("apology listen");
    expect(specs.find((s) => s.term === "apolog")).toMatchObject({ prefix: false });
    expect(specs.find((s) => s.term === "listen")).toMatchObject({ prefix: true });
    expect(specs.every((s) => s.weight === undefined || s.weight === 1 || !["apolog", "listen"].includes(s.term))).toBe(true);
    const corrected = querySpecs("apolgy").find((s) => s.term === "apolog");
    expect(corrected?.weight).toBeLessThan(1);
    // A swap of two neighbouring letters is one typo ("blokced"): a word of the site, so swapped, is found.
    const word = index.words.find((w) => w.length >= 8 && /^[a-z]+$/.test(w) && w[3] !== w[4])!;
    const swapped = word.slice(0, 3) + word[4] + word[3] + word.slice(5);
    expect(querySpecs(swapped).map((s) => s.term), swapped).toContain(indexTerm(word));
  });

  test("a query of two hundred characters of distinct unknown words stays within its term and page limits", () => {
    const words = Array.from({ length: 40 }, (_, i) => `zq${i}x${"yv".repeat(i % 3)}`).join(" ").slice(0, 200);
    const { q, page } = parseSearchInput({ q: words, page: "99999" });
    expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const { specs } = planQuery(index, q);
    expect(specs.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    expect(new Set(specs.map((s) => s.word)).size).toBeLessThanOrEqual(MAX_QUERY_WORDS);
    expect(specs.length).toBeGreaterThan(0);
    expect(page).toBe(1);
    expect(runSearch(index, "contact", {}, MAX_RESULTS_PAGE + 50).page).toBeLessThanOrEqual(MAX_RESULTS_PAGE);
  });
});

describe("one index per build", () => {
  test("the index file loads back into the same results", () => {
    const loaded = deserializeIndex(serializeIndex(index));
    for (const query of ["should I text her", "apolgy", "apol", "contact"]) {
      expect(runSearch(loaded, query, { stage: "reaching-out" }, 1)).toEqual(runSearch(index, query, { stage: "reaching-out" }, 1));
    }
    expect(loaded.labels).toEqual(index.labels);
  });

  test("read piece by piece, as the server reads the file, it gives the same results and reads texts only for shown results", () => {
    const file = serializeIndex(index);
    let bytesRead = 0;
    const loaded = deserializeIndex((start, end) => {
      bytesRead += end - start;
      return Buffer.from(file.subarray(start, end));
    });
    const atLoad = bytesRead;
    const bodies = index.docs.reduce((n, _, doc) => n + Buffer.byteLength(index.body(doc)), 0);
    expect(atLoad).toBeLessThanOrEqual(file.length - bodies);
    expect(runSearch(loaded, "apolgy", {}, 1)).toEqual(runSearch(index, "apolgy", {}, 1));
    expect(bytesRead - atLoad).toBeLessThan(bodies / 2);
    expect(runSearch(loaded, "contact", { tag: "red-flags" }, 1)).toEqual(runSearch(index, "contact", { tag: "red-flags" }, 1));
  });
});

test("a rule placed in a passage is searched as part of it, as the reader reads it", () => {
  const passage = content.articles.flatMap((a) => a.passages).find((p) => p.placedText)!;
  expect(passage.placedText).not.toMatch(/<|&[a-z]+;/);
  // A word only the placed rule has, in this passage, finds the passages that place that rule.
  const own = new Set([passage.heading, passage.text].flatMap((t) => t.toLowerCase().split(/\W+/)));
  const word = passage.placedText.toLowerCase().split(/\W+/).find((w) => w.length > 6 && !own.has(w))!;
  const placing = content.articles.flatMap((a) => a.passages.filter((p) => p.placedText === passage.placedText).map((p) => `/articles/${a.slug}#${p.id}`));
  expect(shownUrls(word).some((url) => placing.includes(url)), word).toBe(true);
});

test("a stage page's description is searched as its questions are, and shown as no answer", () => {
  const dir = fixtureSite();
  const file = path.join(dir, "stages", "taking-space.md");
  writeFileSync(file, readFileSync(file, "utf8").replace(/^description: .*$/m, 'description: "Sleepless nights and the urge to check their profile."'));
  const [first] = runSearch(buildSiteSearch(loadContentFrom(dir)), "sleepless", {}, 1).groups.flatMap((g) => g.items);
  expect(first?.url).toBe("/stages/taking-space");
  expect(first?.answers).toEqual([]);
});

test("a passage's questions are searched, and a result shows those that share a word with the query", () => {
  const dir = fixtureSite();
  const file = path.join(dir, "articles", "first-article.md");
  const questions = '    questions: ["How long should I wait before I text?", "Is silence a punishment?", "What if they never write back?"]\n';
  writeFileSync(file, readFileSync(file, "utf8").replace(/    questions:\n(?:      - .*\n)+(?=  a-detail:)/, questions));
  const site = buildSiteSearch(loadContentFrom(dir));
  const [first] = runSearch(site, "silence punishment", {}, 1).groups.flatMap((g) => g.items);
  expect(first?.url).toBe("/articles/first-article#1-give-them-space");
  expect(first?.answers).toEqual(["Is silence a punishment?"]);
  const other = runSearch(site, "space", {}, 1).groups.flatMap((g) => g.items).find((item) => item.url === first?.url);
  expect(other?.answers).toEqual([]);
});
