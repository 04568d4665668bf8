import { describe, expect, it } from "vitest";
import { FINDER_QUESTIONS, parseFinderAnswers, suggestStage, type FinderAnswers } from "@/lib/stage-finder";
import { STAGE_SLUGS } from "@/lib/taxonomy";

const base: FinderAnswers = { refused: "no", contact: "none", when: "months", understanding: "mostly" };

describe("stage finder", () => {
  it.each<[Partial<FinderAnswers>, string]>([
    [{ refused: "yes", contact: "together" }, "moving-on"],
    [{ refused: "yes", when: "days" }, "moving-on"],
    [{ contact: "together" }, "rebuilding"],
    [{ contact: "talking" }, "reaching-out"],
    [{ refused: "unsure", contact: "talking" }, "reaching-out"],
    [{ when: "days" }, "just-broke-up"],
    [{ when: "weeks" }, "taking-space"],
    [{ when: "months", understanding: "not-yet" }, "reflection"],
    [{ when: "months", understanding: "mostly" }, "working-on-yourself"],
    [{ when: "months", understanding: "changed" }, "reaching-out"],
  ])("%o → %s", (answers, stage) => {
    expect(suggestStage({ ...base, ...answers })).toBe(stage);
  });

  it("a clear no always wins, whatever else is answered", () => {
    for (const contact of ["none", "talking", "together"] as const)
      for (const when of ["days", "weeks", "months"] as const)
        for (const understanding of ["not-yet", "mostly", "changed"] as const)
          expect(suggestStage({ refused: "yes", contact, when, understanding })).toBe("moving-on");
  });

  it("parses a query string and reports missing or unknown answers by name", () => {
    expect(parseFinderAnswers({ refused: "no", contact: "none", when: "days", understanding: "mostly" })).toEqual({ ok: true, answers: { ...base, when: "days" } });
    expect(parseFinderAnswers({ refused: "no", contact: "bogus" })).toEqual({ ok: false, missing: ["contact", "when", "understanding"] });
    expect(parseFinderAnswers({ refused: ["yes", "no"], contact: "none", when: "days", understanding: "mostly" })).toMatchObject({ ok: true });
  });

  it("every way through the form is accepted and leads to a stage, and every stage can be reached", () => {
    const everyWay = FINDER_QUESTIONS.reduce<Record<string, string>[]>(
      (ways, q) => ways.flatMap((way) => q.options.map((option) => ({ ...way, [q.name]: option.value }))),
      [{}],
    );
    const reached = new Set(
      everyWay.map((way) => {
        const parsed = parseFinderAnswers(way);
        if (!parsed.ok) throw new Error(`the form's own options were refused: ${JSON.stringify(way)}`);
        return suggestStage(parsed.answers);
      }),
    );
    expect([...reached].sort()).toEqual([...STAGE_SLUGS].sort());
  });
});
