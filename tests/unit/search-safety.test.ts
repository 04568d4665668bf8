/**
 * Search that answers a reader in trouble: a query about suicide, self-harm, violence, threats,
 * stalking, image abuse or fear of a partner gets help before any result, and the site's passages
 * about that danger first; an ordinary query gets neither. The safety grammar is judged by
 * `npm run bench:relevance` on sets written blind to it (bench/safety-judge.ts); here, the project's
 * own phrasings (bench/relevance-safety.json) guard against a change that loses what already worked.
 */
import { describe, expect, test } from "vitest";
import { firstSpeaksToIt, searchShows } from "@/bench/relevance";
import { rightHelp, SAFETY_CASES } from "@/bench/safety-judge";
import { loadContent } from "@/lib/content";
import { COUNTRIES, HELP_SERVICES } from "@/lib/help-resources";
import { buildSiteSearch } from "@/lib/search/build-index";
import { helpFor } from "@/lib/search/help";
import { namedLines } from "@/lib/search/named-lines";
import { deserializeIndex, serializeIndex } from "@/lib/search/index-file";
import { planQuery } from "@/lib/search/plan";
import { runSearch } from "@/lib/search/results";
import { NEEDS } from "@/lib/safety-grammar";
import { NEED_HELP } from "@/lib/safety-terms";

const index = buildSiteSearch(loadContent());
const needsOf = (query: string) => runSearch(index, query, {}, 1).safety;
const project = SAFETY_CASES.filter((c) => c.set === "project phrasings");
const needHelp = project.filter((c) => c.need !== "none");
const ordinary = project.filter((c) => c.need === "none");

describe("which queries need help", () => {
  const show = searchShows(index);

  test(`each of ${needHelp.length} phrasings that need help gets the right help, and no "Did you mean"`, () => {
    expect(needHelp.length).toBeGreaterThanOrEqual(40);
    const wrong = needHelp.filter((c) => c.need !== "none" && !rightHelp(c.need, show(c.q).needs)).map((c) => `${c.q} → ${show(c.q).needs.join(", ") || "nothing"}`);
    expect(wrong).toEqual([]);
    expect(needHelp.filter((c) => show(c.q).suggestion).map((c) => c.q)).toEqual([]);
  });

  test(`none of ${ordinary.length} ordinary queries, dramatic words included, gets a help box`, () => {
    expect(ordinary.length).toBeGreaterThanOrEqual(40);
    expect(ordinary.filter((c) => show(c.q).needs.length).map((c) => c.q)).toEqual([]);
  });

  test("for every phrasing that gets help, the first result is one of the site's passages about that danger", () => {
    expect(needHelp.filter((c) => !firstSpeaksToIt(index, c.q)).map((c) => c.q)).toEqual([]);
  });

  test("a reader in crisis is never corrected into nonsense", () => {
    for (const q of ["i want to die", "want to die after breakup", "feeling suicidel"]) {
      expect(needsOf(q), q).toContain("crisis");
      expect(runSearch(index, q, {}, 1).suggestion, q).toBeUndefined();
    }
  });

  test("misspellings of the grammar's words are understood; words the site uses are taken as meant", () => {
    expect(needsOf("i feel suacidal")).toContain("crisis");
    expect(needsOf("he strnagled me")).toEqual(["abuse"]);
    // A sample of the site's own words, each typed alone, never reads as a reader in danger unless the
    // grammar names that very word.
    const sample = index.words.filter((_, i) => i % 7 === 0);
    const alarmed = sample.filter((word) => planQuery(index, word).safety.length && planQuery(index, word).words[0]!.corrections.length);
    expect(alarmed).toEqual([]);
  });

  test("figures of speech stay ordinary, their near misses do not", () => {
    for (const q of ["this breakup is killing me", "overdosed on ben and jerrys and netflix all weekend lol", "ugh i want to die of embarrassment i drunk texted him", "cutting ties with my ex", "checking his instagram"]) {
      expect(needsOf(q), q).toEqual([]);
    }
    expect(needsOf("i cut myself last night")).toEqual(["crisis"]);
    expect(needsOf("took a load of pills after we broke up what do i do")).toEqual(["crisis"]);
  });
});

describe("the help shown", () => {
  test("a crisis query lists the crisis lines of every country /help serves, and links its crisis section", () => {
    const help = helpFor(needsOf("i dont want to be alive anymore"))!;
    expect(help.sections.map((s) => s.link.href)).toContain("/help#crisis");
    const countriesWithLines = COUNTRIES.filter((c) => HELP_SERVICES.some((s) => s.country === c.code && s.topic === "crisis")).map((c) => c.name);
    expect(help.lines.map((l) => l.place)).toEqual(countriesWithLines);
    const listed = help.lines.flatMap((l) => l.services.map((s) => s.id));
    expect(listed.sort()).toEqual(HELP_SERVICES.filter((s) => s.topic === "crisis").map((s) => s.id).sort());
    expect(help.emergency).toHaveLength(HELP_SERVICES.filter((s) => s.topic === "emergency").flatMap((s) => s.contacts.filter((c) => c.kind === "call")).length);
  });

  test.each([
    ["she says she will end her life if i dont come back", "/help#someone-threatens-self-harm"],
    ["my ex keeps turning up outside my house", "/help#abuse"],
    ["my ex is sharing my photos", "/help#image-abuse"],
    ["i pushed my girlfriend and i hate myself", "/help#own-behaviour"],
    ["i stalked my ex", "/help#own-behaviour"],
  ])("%s → %s", (query, href) => {
    expect(helpFor(needsOf(query))?.sections.map((s) => s.link.href)).toContain(href);
  });

  test("a reader who harmed someone is given the lines that help people stop, not the lines for the people they hurt", () => {
    for (const q of ["i hit my boyfriend", "i threatened to leak her nudes"]) {
      const help = helpFor(needsOf(q))!;
      const topics = new Set(help.lines.flatMap((l) => l.services.map((s) => HELP_SERVICES.find((h) => h.id === s.id)!.topic)));
      expect([...topics], q).toEqual(["own-behaviour"]);
    }
  });

  test("an ordinary query gets no help box, even when nothing matches it", () => {
    expect(helpFor(needsOf("should i text him"))).toBeUndefined();
    expect(helpFor(needsOf("xqzv blorp"))).toBeUndefined();
  });

  test("a query that matches no words still finds the passages about its danger", () => {
    expect(runSearch(index, "kms", {}, 1).total).toBeGreaterThan(0);
  });
});

describe("a reader who looks up one of our lines by name or number", () => {
  // Every line whose part of /help answers a need, straight from the help data.
  const lines = HELP_SERVICES.flatMap((service) => {
    const need = NEEDS.find((n) => NEED_HELP[n] === service.topic);
    return need ? [{ service, need, name: service.name.replace(/\([^)]*\)/g, "").trim() }] : [];
  });
  const numbers = lines.flatMap(({ service, need }) => service.contacts.flatMap((c) => (c.kind === "web" ? [] : [{ service, need, number: c.number }])));

  test("gets that line's help, opening on that line, and no \"Did you mean\"", () => {
    expect(lines.length).toBeGreaterThan(20);
    const wrong = [...lines.map(({ service, need, name }) => ({ service, need, q: name })), ...numbers.map(({ service, need, number }) => ({ service, need, q: `call ${number}` }))].filter(({ service, need, q }) => {
      const results = runSearch(index, q, {}, 1);
      const places = helpFor(results.safety, results.lines)?.lines.map((place) => place.services.map((s) => results.lines.includes(s.id))) ?? [];
      // Named first: the places holding a named line (one name may be two countries' lines), and in each, those lines.
      const namedFirst = (flags: boolean[]) => flags.indexOf(false) === -1 || !flags.slice(flags.indexOf(false)).includes(true);
      const opensOnIt = namedFirst(places.map((flags) => flags.includes(true))) && places.every(namedFirst);
      return !results.safety.includes(need) || !results.lines.includes(service.id) || !opensOnIt || results.suggestion;
    });
    expect(wrong.map(({ q }) => q)).toEqual([]);
  });

  test("a name or short number that is also everyday language counts only when the reader is looking for a line", () => {
    const read = (q: string) => planQuery(index, q).words;
    const needsNamed = (words: Parameters<typeof namedLines>[0]) => [...new Set(namedLines(words).map((line) => line.need))];
    expect(needsNamed(read("shout"))).toEqual(["crisis"]);
    expect(needsNamed(read("lifeline number"))).toEqual(["crisis"]);
    expect(needsNamed(read("is it ok to call 988 just because of a breakup"))).toEqual(["crisis"]);
    expect(needsNamed(read("116 123"))).toEqual(["crisis"]);
    expect(needsNamed(read("mens advise line"))).toEqual(["abuse"]);
    for (const q of ["i shout at her when we argue", "he was my lifeline", "day 211 of no contact", "true love is respect", "how do i take it down", "988 days since we spoke"]) {
      expect(needsNamed(read(q)), q).toEqual([]);
    }
  });
});

test("the index file carries the grammar: a loaded index needs no content folder to know when to help", () => {
  const loaded = deserializeIndex(serializeIndex(index));
  for (const { q } of project) expect(runSearch(loaded, q, {}, 1).safety).toEqual(runSearch(index, q, {}, 1).safety);
});
