/**
 * The stage finder: a few plain questions that point a reader to the stage page that fits. Pure and
 * server-side, so the form works without JavaScript and every answer path is unit-testable.
 */
import { z } from "zod";
import type { StageSlug } from "./taxonomy";

export const FINDER_QUESTIONS = [
  {
    name: "refused",
    question: "Have they told you they don't want to get back together, or asked you not to contact them?",
    options: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No" },
      { value: "unsure", label: "I'm not sure" },
    ],
  },
  {
    name: "contact",
    question: "Where do things stand between you right now?",
    options: [
      { value: "none", label: "We're not in touch" },
      { value: "talking", label: "We've started talking again" },
      { value: "together", label: "We're back together" },
    ],
  },
  {
    name: "when",
    question: "When did it end?",
    options: [
      { value: "days", label: "In the last week or so" },
      { value: "weeks", label: "A few weeks ago" },
      { value: "months", label: "Months ago, or longer" },
    ],
  },
  {
    name: "understanding",
    question: "How well do you understand why it ended?",
    options: [
      { value: "not-yet", label: "Not really, not yet" },
      { value: "mostly", label: "Mostly, and I know what I want to change" },
      { value: "changed", label: "I understand it, and I've made real changes" },
    ],
  },
] as const;

type Question = (typeof FINDER_QUESTIONS)[number];
export type FinderAnswers = { [Q in Question as Q["name"]]: Q["options"][number]["value"] };

const answerSchema = (q: Question) => z.enum(q.options.map((o) => o.value) as [string, ...string[]]);

const finderSchema = z.object(
  Object.fromEntries(FINDER_QUESTIONS.map((q) => [q.name, answerSchema(q)])) as Record<Question["name"], ReturnType<typeof answerSchema>>,
);

/** Reads answers from a query string; anything missing or unknown is reported by question name. */
export function parseFinderAnswers(input: Record<string, string | string[] | undefined>):
  | { ok: true; answers: FinderAnswers }
  | { ok: false; missing: Question["name"][] } {
  const flat = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const result = finderSchema.safeParse(flat);
  if (result.success) return { ok: true, answers: result.data as FinderAnswers };
  const missing = [...new Set(result.error.issues.map((issue) => issue.path[0] as Question["name"]))];
  return { ok: false, missing };
}

/**
 * The order of the checks is the point: a clear "no" outranks everything else (the respectful answer
 * is to accept it), then where the two of you stand, then time and understanding.
 */
export function suggestStage(answers: FinderAnswers): StageSlug {
  if (answers.refused === "yes") return "moving-on";
  if (answers.contact === "together") return "rebuilding";
  if (answers.contact === "talking") return "reaching-out";
  if (answers.when === "days") return "just-broke-up";
  if (answers.when === "weeks") return "taking-space";
  if (answers.understanding === "not-yet") return "reflection";
  if (answers.understanding === "mostly") return "working-on-yourself";
  return "reaching-out";
}
