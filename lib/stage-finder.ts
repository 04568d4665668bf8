/**
 * The stage finder: a few plain questions that point a reader to a stage, or to the part of /help for violence,
 * threats or control. Pure and server-side, so the form works without JavaScript. The answers stay private: the
 * form posts them (app/stages/find/answers/route.ts) and a 303 redirect replies, so no URL or history holds them.
 */
import { z } from "zod";
import type { Need } from "./safety-grammar";
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

/** Reads answers from the posted form; anything missing or unknown is reported by question name. */
export function parseFinderAnswers(input: Record<string, string | string[] | undefined>):
  | { ok: true; answers: FinderAnswers }
  | { ok: false; missing: Question["name"][] } {
  const flat = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const result = finderSchema.safeParse(flat);
  if (result.success) return { ok: true, answers: result.data as FinderAnswers };
  return { ok: false, missing: [...new Set(result.error.issues.map((issue) => issue.path[0] as Question["name"]))] };
}

/** The needs the finder sends a reader to help for, by way of a short page that says why. */
export type FinderHelp = Extract<Need, "abuse" | "own-behaviour">;

export type FinderResult = { stage: StageSlug } | { help: FinderHelp };

/** The page before each part of /help: its path names the part, never an answer, and reads the same for "not sure". */
export const FINDER_HELP: Record<FinderHelp, { title: string; why: string; link: string; more: string; other?: { text: string; link: string; part: FinderHelp } }> = {
  abuse: {
    title: "Start with support",
    why: "You told us there may have been violence, threats or control between you, so we're pointing you to support for your safety, not to our guides on getting back together.",
    link: "Find an abuse support line",
    more: "You don't need to be sure it counts. The people on these lines will help you work out what happened and what is safe for you. You don't owe your ex contact of any kind.",
    other: { text: "If you were the one who was violent, threatening or controlling,", link: "these lines help you stop", part: "own-behaviour" },
  },
  "own-behaviour": {
    title: "Start with help to stop",
    why: "You told us you were violent, threatening or controlling towards them, so our guides on getting back together are not for you, now or after any support.",
    link: "Find a line that helps you stop",
    more: "Please don't contact them. Getting help is for your sake and for the safety of the people around you. It is not a way back to them. Telling us the truth took courage, and so does calling.",
  },
};

/**
 * The order of the checks is the point. Safety first: violence, threats or control lead to help, for the person
 * hurt (or unsure it counts) and for the one who did it, never to a stage about getting back together. Then a "no",
 * said or shown, outranks everything (accept it), and not knowing means giving space, never reaching out. Only then
 * do where you stand, time and understanding count. Talking again skips the time apart, but not the first week,
 * nor looking back while the reader does not know why it ended.
 */
export function suggestPlace(answers: FinderAnswers): FinderResult {
  if (answers.harm === "by-me") return { help: "own-behaviour" };
  if (answers.harm !== "no") return { help: "abuse" };
  const talking = answers.contact === "talking";
  if (answers.refused === "yes") return { stage: "moving-on" };
  if (answers.refused === "unsure") return { stage: "taking-space" };
  if (answers.contact === "together") return { stage: "rebuilding" };
  if (answers.when === "days") return { stage: "just-broke-up" };
  if (answers.when === "weeks" && !talking) return { stage: "taking-space" };
  if (answers.understanding === "not-yet") return { stage: "reflection" };
  if (answers.understanding === "mostly" && !talking) return { stage: "working-on-yourself" };
  return { stage: "reaching-out" };
}
