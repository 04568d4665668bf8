import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/stages/find/answers/route";
import { routes } from "@/lib/routes";
import { FINDER_HELP, FINDER_QUESTIONS, parseFinderAnswers, suggestPlace, type FinderAnswers } from "@/lib/stage-finder";
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
    [{ contact: "talking", when: "weeks", understanding: "changed" }, { stage: "reaching-out" }],
    [{ contact: "talking", when: "days" }, { stage: "just-broke-up" }],
    [{ contact: "talking", when: "days", understanding: "changed" }, { stage: "just-broke-up" }],
    [{ contact: "talking", understanding: "not-yet" }, { stage: "reflection" }],
    [{ contact: "talking", when: "weeks", understanding: "not-yet" }, { stage: "reflection" }],
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

  it("reaches reaching out only after time apart and some understanding, never in the first week or without knowing why", () => {
    for (const answers of everyWay.filter((a) => { const place = suggestPlace(a); return "stage" in place && place.stage === "reaching-out"; })) {
      expect(answers).toMatchObject({ harm: "no", refused: "no" });
      expect(answers.when).not.toBe("days");
      expect(answers.understanding).not.toBe("not-yet");
    }
  });

  it("says in one sentence why it sends a reader to each part of /help", () => {
    const parts = new Set(everyWay.flatMap((a) => { const place = suggestPlace(a); return "help" in place ? [place.help] : []; }));
    expect([...parts].sort()).toEqual(Object.keys(FINDER_HELP).sort());
    for (const { why } of Object.values(FINDER_HELP)) expect(why).toMatch(/^[^.!?]+[.!?]$/);
    expect(FINDER_HELP["own-behaviour"].why).toMatch(/not for you, now or after any support/);
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

describe("the finder's answers are posted and redirected, never put in a URL", () => {
  const post = (fields: Record<string, string>) => {
    const body = new URLSearchParams(fields);
    return POST(new Request("http://localhost/stages/find/answers", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }));
  };
  const answerValues = new Set(FINDER_QUESTIONS.flatMap((q) => q.options.map((o) => `=${o.value}`)));

  it("answers every way through the form with a 303 to the page that fits, with no answer in it", async () => {
    for (const answers of everyWay) {
      const response = await post(answers);
      expect(response.status).toBe(303);
      const place = suggestPlace(answers);
      expect(response.headers.get("location")).toBe("stage" in place ? routes.stage(place.stage) : routes.stageFinderHelp(place.help));
      expect(response.headers.get("location")).not.toContain("?");
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("sends a reader to a short page that says why, before the part of /help", async () => {
    expect((await post({ ...base, harm: "to-me" })).headers.get("location")).toBe("/stages/find/help/abuse");
    expect((await post({ ...base, harm: "unsure" })).headers.get("location")).toBe("/stages/find/help/abuse");
    expect((await post({ ...base, harm: "by-me" })).headers.get("location")).toBe("/stages/find/help/own-behaviour");
  });

  it("sends an incomplete answer back to the form, naming the questions left out and no answer", async () => {
    const location = (await post({ refused: "no", harm: "bogus" })).headers.get("location")!;
    expect(location).toBe("/stages/find?unanswered=harm+contact+when+understanding");
    for (const value of answerValues) expect(location).not.toContain(value);
  });

  it("sends anything but a POST to the form", () => {
    const response = GET();
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(routes.stageFinder);
  });
});
