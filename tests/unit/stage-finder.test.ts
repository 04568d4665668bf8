import { describe, expect, it } from "vitest";
import { FINDER_QUESTIONS, parseFinderAnswers, suggestPlace, type FinderAnswers } from "@/lib/stage-finder";
import { STAGE_SLUGS } from "@/lib/taxonomy";

const base: FinderAnswers = { harm: "no", refused: "no", contact: "none", when: "months", understanding: "mostly" };

/** Every combination of the form's own options, parsed as the page parses them. */
const everyWay: FinderAnswers[] = FINDER_QUESTIONS.reduce<Record<string, string>[]>(
  (ways, q) => ways.flatMap((way) => q.options.map((option) => ({ ...way, [q.name]: option.value }))),
  [{}],
).map((way) => {
  const parsed = parseFinderAnswers(way);
  if (!parsed.ok) throw new Error(`the form's own options were refused: ${JSON.stringify(way)}`);
  return parsed.answers;
});

describe("stage finder", () => {
  it.each<[Partial<FinderAnswers>, ReturnType<typeof suggestPlace>]>([
    [{ harm: "to-me" }, { help: "abuse" }],
    [{ harm: "unsure" }, { help: "abuse" }],
    [{ harm: "by-me" }, { help: "own-behaviour" }],
    [{ refused: "yes", contact: "together" }, { stage: "moving-on" }],
    [{ refused: "yes", when: "days" }, { stage: "moving-on" }],
    [{ refused: "unsure", contact: "talking" }, { stage: "taking-space" }],
    [{ refused: "unsure", when: "months", understanding: "changed" }, { stage: "taking-space" }],
    [{ contact: "together" }, { stage: "rebuilding" }],
    [{ contact: "talking" }, { stage: "reaching-out" }],
    [{ when: "days" }, { stage: "just-broke-up" }],
    [{ when: "weeks" }, { stage: "taking-space" }],
    [{ when: "months", understanding: "not-yet" }, { stage: "reflection" }],
    [{ when: "months", understanding: "mostly" }, { stage: "working-on-yourself" }],
    [{ when: "months", understanding: "changed" }, { stage: "reaching-out" }],
  ])("%o → %o", (answers, place) => {
    expect(suggestPlace({ ...base, ...answers })).toEqual(place);
  });

  it("violence, threats or control always lead to help, never to a stage, whatever else is answered", () => {
    for (const answers of everyWay.filter((a) => a.harm !== "no")) {
      expect(suggestPlace(answers)).toEqual({ help: answers.harm === "by-me" ? "own-behaviour" : "abuse" });
    }
  });

  it("a no, said or shown, always leads to moving on; not knowing never leads to reaching out", () => {
    for (const answers of everyWay.filter((a) => a.harm === "no")) {
      const place = suggestPlace(answers);
      if (answers.refused === "yes") expect(place).toEqual({ stage: "moving-on" });
      if (answers.refused === "unsure") expect(place).not.toEqual({ stage: "reaching-out" });
    }
  });

  it("asks about blocking, silence and moving away in the question about a no", () => {
    const refused = FINDER_QUESTIONS.find((q) => q.name === "refused")!;
    for (const word of ["blocked", "stopped replying", "moved away"]) expect(refused.question).toContain(word);
  });

  it("parses a query string and reports missing or unknown answers by name", () => {
    expect(parseFinderAnswers({ harm: "no", refused: "no", contact: "none", when: "days", understanding: "mostly" })).toEqual({ ok: true, answers: { ...base, when: "days" } });
    expect(parseFinderAnswers({ harm: "no", refused: "no", contact: "bogus" })).toEqual({ ok: false, missing: ["contact", "when", "understanding"] });
    expect(parseFinderAnswers({ harm: ["no", "by-me"], refused: "no", contact: "none", when: "days", understanding: "mostly" })).toMatchObject({ ok: true });
  });

  it("every stage can be reached by some way through the form", () => {
    const reached = new Set(everyWay.map(suggestPlace).flatMap((place) => ("stage" in place ? [place.stage] : [])));
    expect([...reached].sort()).toEqual([...STAGE_SLUGS].sort());
  });
});
