/**
 * Search that answers a reader in trouble: a query about suicide, self-harm, violence, threats,
 * stalking, image abuse or fear of a partner gets help before any result, and the site's passages
 * about that danger first; an ordinary query gets neither. The phrasings are bench/relevance-safety.json
 * (typed as readers type them); precision and recall are printed with the results.
 */
import { describe, expect, test } from "vitest";
import { ORDINARY_QUERIES, SAFETY_QUERIES, safetyFigures } from "@/bench/relevance";
import { loadContent } from "@/lib/content";
import { COUNTRIES, HELP_SERVICES } from "@/lib/help-resources";
import { buildSiteSearch } from "@/lib/search/build-index";
import { helpFor } from "@/lib/search/help";
import { deserializeIndex, serializeIndex } from "@/lib/search/index-file";
import { planQuery } from "@/lib/search/plan";
import { runSearch } from "@/lib/search/results";
import { safetyNeed } from "@/lib/search/safety";

const index = buildSiteSearch(loadContent());
const needOf = (query: string) => runSearch(index, query, {}, 1).safety;

describe("which queries need help", () => {
  const figures = safetyFigures(index);

  test(`precision and recall over ${SAFETY_QUERIES.length} phrasings that need help and ${ORDINARY_QUERIES.length} that do not`, () => {
    console.log(
      `safety help: precision ${(100 * figures.precision).toFixed(1)} %, recall ${(100 * figures.recall).toFixed(1)} %, ` +
        `first result about that danger ${(100 * figures.firstSpeaksToIt).toFixed(1)} %`,
    );
    expect(SAFETY_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(ORDINARY_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(figures.falseAlarms, "ordinary queries shown help").toEqual([]);
    expect(figures.missed, "queries that needed help and got none").toEqual([]);
  });

  test("each phrasing gets the help for its kind of danger, and a reader who harmed someone the help to stop", () => {
    expect(figures.wrongKind).toEqual([]);
    expect(figures.wrongOwn).toEqual([]);
  });

  test("for every phrasing, the first result is one of the site's passages about that danger", () => {
    expect(figures.firstSpeaksToIt).toBe(1);
  });

  test("readers' misspellings of the vocabulary's own words are understood; words the site uses are taken as meant", () => {
    expect(needOf("suicidel").kinds).toContain("crisis");
    expect(needOf("i feel suacidal").kinds).toContain("crisis");
    // Every word of the site's own text is taken as typed, never as a misspelling of a word of danger.
    const sample = index.words.filter((_, i) => i % 7 === 0);
    const asTyped = (word: string) => safetyNeed(index.safety, [{ raw: word, plain: word, corrections: [] }]).kinds.length;
    const alarmed = sample.filter((word) => planQuery(index, word).safety.kinds.length && !asTyped(word));
    expect(alarmed).toEqual([]);
  });
});

describe("the help shown", () => {
  test("a crisis query lists the crisis lines of every country /help serves, and links its crisis section", () => {
    const help = helpFor(needOf("i dont want to be alive anymore"))!;
    expect(help.sections.map((s) => s.link.href)).toContain("/help#crisis");
    const countriesWithLines = COUNTRIES.filter((c) => HELP_SERVICES.some((s) => s.country === c.code && s.topic === "crisis")).map((c) => c.name);
    expect(help.lines.map((l) => l.place)).toEqual(countriesWithLines);
    const listed = help.lines.flatMap((l) => l.services.map((s) => s.id));
    expect(listed.sort()).toEqual(HELP_SERVICES.filter((s) => s.topic === "crisis").map((s) => s.id).sort());
    expect(help.emergency).toHaveLength(HELP_SERVICES.filter((s) => s.topic === "emergency").flatMap((s) => s.contacts.filter((c) => c.kind === "call")).length);
  });

  test.each([
    ["he says hell kill himself if i leave", "/help#someone-threatens-self-harm"],
    ["my ex keeps turning up outside my house", "/help#abuse"],
    ["ex threatening to post my nudes", "/help#image-abuse"],
    ["i pushed my girlfriend and i hate myself", "/help#own-behaviour"],
  ])("%s → %s", (query, href) => {
    expect(helpFor(needOf(query))?.sections.map((s) => s.link.href)).toContain(href);
  });

  test("a reader who harmed someone is given the lines that help people stop, not the lines for the people they hurt", () => {
    const help = helpFor(needOf("i hit my boyfriend"))!;
    const topics = new Set(help.lines.flatMap((l) => l.services.map((s) => HELP_SERVICES.find((h) => h.id === s.id)!.topic)));
    expect([...topics]).toEqual(["own-behaviour"]);
  });

  test("an ordinary query gets no help box, even when nothing matches it", () => {
    expect(helpFor(needOf("should i text him"))).toBeUndefined();
    expect(helpFor(needOf("xqzv blorp"))).toBeUndefined();
  });

  test("a query that matches no words still finds the passages about its danger", () => {
    const results = runSearch(index, "kms", {}, 1);
    expect(results.total).toBeGreaterThan(0);
  });
});

test("the index file carries the vocabulary: a loaded index needs no content folder to know when to help", () => {
  const loaded = deserializeIndex(serializeIndex(index));
  for (const { q } of SAFETY_QUERIES) expect(runSearch(loaded, q, {}, 1).safety).toEqual(runSearch(index, q, {}, 1).safety);
});
