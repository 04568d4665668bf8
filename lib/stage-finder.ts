/**
 * The stage finder: a few plain questions that point a reader to the page that fits: a stage, or the
 * part of /help for a relationship with violence, threats or control. Pure and server-side, so the form
 * works without JavaScript and every answer path is unit-testable.
 */
import { z } from "zod";
import type { StageSlug } from "./taxonomy";

export const FINDER_QUESTIONS = [
  {
    name: "harm",
    question: "Has either of you been violent, made threats, or tried to control the other?",
    options: [
      { value: "no", label: "No" },
      { value: "to-me", label: "Yes, they did this to me" },
      { value: "by-me", label: "Yes, I did this to them" },
      { value: "unsure", label: "I'm not sure" },
    ],
  },
  {
    name: "refused",
    question: "Have they said no, or shown it? They asked you not to contact them, blocked you, stopped replying or moved away.",
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

/** Where the finder sends a reader: a stage page, or a part of /help. */
export type FinderResult = { stage: StageSlug } | { help: "abuse" | "own-behaviour" };

/**
 * The order of the checks is the point. Safety comes first: violence, threats or control lead to help,
 * for the person hurt (or unsure whether it counts) and for the person who did it, never to a stage
 * about getting back together. Then a "no", said or shown, outranks everything else (the respectful
 * answer is to accept it), and not knowing whether there was one means giving space, never reaching
 * out. Only then do where the two of you stand, time and understanding count.
 */
export function suggestPlace(answers: FinderAnswers): FinderResult {
  if (answers.harm === "by-me") return { help: "own-behaviour" };
  if (answers.harm !== "no") return { help: "abuse" };
  return { stage: suggestStage(answers) };
}

function suggestStage(answers: FinderAnswers): StageSlug {
  if (answers.refused === "yes") return "moving-on";
  if (answers.refused === "unsure") return "taking-space";
  if (answers.contact === "together") return "rebuilding";
  if (answers.contact === "talking") return "reaching-out";
  if (answers.when === "days") return "just-broke-up";
  if (answers.when === "weeks") return "taking-space";
  if (answers.understanding === "not-yet") return "reflection";
  if (answers.understanding === "mostly") return "working-on-yourself";
  return "reaching-out";
}
