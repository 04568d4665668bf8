/**
 * The learned second reader of the safety grammar (lib/safety-model.ts): the committed weights are what
 * `npm run train:safety` trains now (so they cannot go stale beside a changed grammar or set), what it
 * is sure of is shown beside what the grammar reads (or silences it), and the index file carries it.
 * How well it helps is judged by `npm run bench:relevance` on sets it never learned from (bench/README.md).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { QUERIES } from "@/bench/relevance";
import { SAFETY_CASES } from "@/bench/safety-judge";
import { modelFileText, trainSafetyModel, TRAINING_SETS } from "@/bench/safety-train";
import { loadContent } from "@/lib/content";
import { detectNeeds } from "@/lib/safety-grammar";
import { safetyModelSchema } from "@/lib/safety-model";
import { buildSiteSearch } from "@/lib/search/build-index";
import { deserializeIndex, serializeIndex } from "@/lib/search/index-file";
import { runSearch } from "@/lib/search/results";

const content = loadContent();
const index = buildSiteSearch(content);
const shown = (q: string, ix = index) => {
  const results = runSearch(ix, q, {}, 1);
  return { needs: results.safety, suggestion: results.suggestion };
};

test("content/safety-model.json is a fresh training (run npm run train:safety after changing the grammar or a training set)", () => {
  const committed = readFileSync(path.join(__dirname, "../../content/safety-model.json"), "utf8");
  expect(committed).toBe(modelFileText(trainSafetyModel(content.safetyGrammar)));
  // Features seen in one query only are left out, which keeps the file (and the index header that
  // carries it) within its budget, 500 KB (about 140 KB gzipped; it grows by about 40 bytes a feature as the
  // training sets grow), loaded once per server.
  expect(committed.length).toBeLessThan(500_000);
});

describe("the reader of the issue", () => {
  test('"i want to die" gets crisis help and no "Did you mean"', () => {
    expect(shown("i want to die")).toEqual({ needs: ["crisis"], suggestion: undefined });
  });

  test.each(["overdosed on ben and jerrys and netflix all weekend lol", "ugh i want to die of embarrassment i drunk texted him"])("%s gets no help", (q) => {
    expect(shown(q).needs).toEqual([]);
  });

  test('"i stalked my ex" gets the help for stopping', () => {
    expect(shown("i stalked my ex").needs).toEqual(["own-behaviour"]);
  });
});

describe("what the model is sure of is shown beside what the grammar reads", () => {
  const sureOf = (bias: number[]) => ({ ...index, safetyModel: { ...index.safetyModel, bias, weights: {} } });
  // Models that always say one thing, sure of it.
  const alarmist = sureOf([0, 1000, 0, 0, 0, 0]);
  const seesAbuse = sureOf([0, 0, 0, 1000, 0, 0]);
  const unsure = sureOf([0, 0, 0, 0, 0, 0]);
  // Sure help is needed, torn between someone threatening self-harm (a little likelier) and abuse.
  const torn = sureOf([0, 0, 1100, 1000, 0, 0]);
  // Sure help is needed, leaning to own behaviour over abuse but not sure of it.
  const leansOwn = sureOf([0, 0, 0, 1000, 1100, 0]);
  const seesOwn = sureOf([0, 0, 0, 0, 1000, 0]);
  // Sure every query is ordinary.
  const calm = sureOf([1000, 0, 0, 0, 0, 0]);

  test("a model that is not sure changes nothing the grammar reads", () => {
    expect(shown("i hit my girlfriend", unsure).needs).toEqual(["own-behaviour"]);
    expect(shown("my ex is sharing my photos", unsure).needs).toEqual(detectNeeds(index.safety, "my ex is sharing my photos", index.words));
  });

  test("a sure model adds its need, and settles which side of a harm the reader is on", () => {
    expect(shown("i hit my girlfriend", alarmist).needs).toEqual(["crisis", "own-behaviour"]);
    expect(shown("i hit my girlfriend", seesAbuse).needs).toEqual(["abuse"]);
  });

  test("a model sure some help is needed, though not which, gives the likeliest", () => {
    expect(shown("how do i get ovre her", torn).needs).toEqual(["threatens-self-harm"]);
    expect(shown("how do i get ovre her", unsure).needs).toEqual([]);
    expect(shown("i hit my girlfriend", torn).needs).toEqual(["threatens-self-harm", "own-behaviour"]);
  });

  test("only a model sure of its need overrides the grammar's side of a harm", () => {
    expect(shown("he hit me", leansOwn).needs).toEqual(["abuse"]);
    expect(shown("he hit me", seesOwn).needs).toEqual(["own-behaviour"]);
  });

  test("a model sure a query is ordinary silences what the grammar reads, unless it reads a life at risk", () => {
    expect(shown("i hit my girlfriend", calm).needs).toEqual([]);
    const figure = "he beat me at mario kart and then dumped me";
    expect(detectNeeds(index.safety, figure, index.words)).toEqual(["abuse"]);
    expect(shown(figure).needs).toEqual([]);
    expect(shown("i want to die", calm).needs).toEqual(["crisis"]);
    expect(shown("my ex says he will kill himself if i dont come back", calm).needs).toEqual(["threatens-self-harm"]);
  });

  test("the real model adds the help the grammar misses in a shape it does not know", () => {
    // The grammar reads a throat grabbed by no one named as self-harm; the model adds the help for abuse.
    const q = "is it normal for him to grab my throat when hes angry";
    expect(detectNeeds(index.safety, q, index.words)).toEqual(["crisis"]);
    expect(shown(q).needs).toEqual(["crisis", "abuse"]);
  });

  test("a query the grammar finds nothing in gets the model's one need, and no \"Did you mean\" beside it", () => {
    expect(shown("how do i get ovre her", index)).toEqual({ needs: [], suggestion: expect.any(String) });
    expect(shown("how do i get ovre her", alarmist)).toEqual({ needs: ["crisis"], suggestion: undefined });
  });

  // The queries it learned from that the grammar reads nothing in: what the model is there for.
  const training = SAFETY_CASES.filter((c) => TRAINING_SETS.includes(c.set) && !detectNeeds(index.safety, c.q, index.words).length);
  const grammarMissed = training.filter((c) => c.need !== "none");

  test("the real model gives most queries the grammar misses their help, and ordinary ones none", () => {
    expect(grammarMissed.length).toBeGreaterThan(50);
    const right = grammarMissed.filter((c) => shown(c.q).needs.join() === c.need);
    expect(right.length / grammarMissed.length).toBeGreaterThan(0.7);
    const ordinary = training.filter((c) => c.need === "none");
    expect(ordinary.filter((c) => shown(c.q).needs.length).length / ordinary.length).toBeLessThan(0.02);
  });

  test("what readers type about a breakup, written for search, seldom gets a help box", () => {
    // Written to judge ranking, never used to train or tune the model: ordinary queries from outside its sets.
    const ordinary = QUERIES.filter((q) => !q.need);
    expect(ordinary.length).toBeGreaterThan(300);
    expect(ordinary.filter((q) => shown(q.q).needs.length).length / ordinary.length).toBeLessThan(0.05);
  });

  test("the index file carries the model: a loaded index reads those queries the same, with no content folder", () => {
    const loaded = deserializeIndex(serializeIndex(index));
    expect(loaded.safetyModel).toEqual(index.safetyModel);
    for (const { q } of grammarMissed) expect(shown(q, loaded).needs, q).toEqual(shown(q).needs);
  });
});

test("the schema refuses weights that do not fit the labels", () => {
  expect(safetyModelSchema.safeParse({ ...index.safetyModel, bias: [1, 2] }).success).toBe(false);
  expect(safetyModelSchema.safeParse({ ...index.safetyModel, labels: ["crisis", "none"] }).success).toBe(false);
});

test("the schema refuses cut-offs under which a query could be both in need and ordinary", () => {
  expect(safetyModelSchema.safeParse(index.safetyModel).success).toBe(true);
  expect(safetyModelSchema.safeParse({ ...index.safetyModel, threshold: 0.5, ordinaryAbove: 0.5 }).success).toBe(false);
  expect(safetyModelSchema.safeParse({ ...index.safetyModel, noneBelow: 0.6, ordinaryAbove: 0.55, threshold: 0.9 }).success).toBe(false);
});
