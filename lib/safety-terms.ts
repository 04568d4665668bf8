/**
 * The safety vocabulary: which words mean a reader may need help now, and which part of /help answers
 * each kind. The words are data (content/safety-terms.yaml, reviewed like content); this module only
 * parses them and matches text against them. It is pure (no file system), so the content build and
 * search share one matcher without search reading content/ at run time.
 */
import yaml from "js-yaml";
import { z } from "zod";
import { plainText } from "./text";

/**
 * Each kind of danger, the parts of /help that answer it (any one of them satisfies a passage), and
 * the one a page should link first. Crisis words want the crisis lines; abuse and control want the abuse
 * lines, which sit beside the lines for people who want to stop; image threats want image-abuse help.
 */
export const SAFETY_KINDS = {
  crisis: { label: "thoughts of suicide or self-harm", help: ["crisis", "in-danger"] },
  "threatens-self-harm": { label: "someone threatening to hurt themselves", help: ["someone-threatens-self-harm", "crisis"] },
  abuse: { label: "violence, threats or abuse", help: ["abuse", "own-behaviour", "in-danger", "someone-threatens-self-harm"] },
  control: { label: "control, monitoring or blackmail", help: ["abuse", "own-behaviour"] },
  stalking: { label: "stalking or harassment", help: ["abuse", "own-behaviour", "in-danger"] },
  "image-abuse": { label: "intimate images shared or threatened", help: ["image-abuse"] },
  "couples-counselling": { label: "couples counselling after violence, threats or control", help: ["abuse", "own-behaviour"] },
} as const satisfies Record<string, { label: string; help: readonly string[] }>;

export type SafetyKind = keyof typeof SAFETY_KINDS;
export const SAFETY_KIND_NAMES = Object.keys(SAFETY_KINDS) as SafetyKind[];

const entry = z
  .string()
  .trim()
  .min(1, "an entry must not be empty")
  .regex(/^[a-z0-9 ]+\*?(?: [a-z0-9 ]+\*?)*$/, "write entries in lowercase letters, digits and spaces, with an optional * at the end of a word");

const kindEntry = z.strictObject({
  terms: z.array(entry).min(1, "every kind needs at least one term"),
  readerTerms: z.array(entry).default([]),
});

const vocabularySchema = z.strictObject(
  Object.fromEntries(SAFETY_KIND_NAMES.map((kind) => [kind, kindEntry])) as Record<SafetyKind, typeof kindEntry>,
);

export type SafetyVocabulary = z.output<typeof vocabularySchema>;

/** Parses content/safety-terms.yaml; throws one line per problem, naming the field. */
export function parseSafetyVocabulary(text: string, file = "content/safety-terms.yaml"): SafetyVocabulary {
  const result = vocabularySchema.safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${file}: ${issue.path.join(".") || "file"}: ${issue.message}`);
  throw new Error(problems.join("\n"));
}

/**
 * The form both sides are matched in: plain words (lib/text.ts: lowercase, apostrophes dropped, so
 * "don't" and "dont", "he'll" and "hell" read alike, as readers type them), one space between them.
 */
export const normaliseForSafety = plainText;

function entryPattern(term: string): string {
  return term
    .split(" ")
    .filter(Boolean)
    .map((word) => (word.endsWith("*") ? `${word.slice(0, -1)}[\\p{L}\\p{N}]*` : word))
    .join(" ");
}

export interface SafetyMatch {
  kind: SafetyKind;
  /** The words of the text that matched. */
  words: string;
}

/**
 * A matcher over the vocabulary: every kind the text touches, once each, in the order of SAFETY_KINDS.
 * `readerTerms` adds the way readers type (search); the content build leaves them out.
 */
export function compileSafetyMatcher(vocabulary: SafetyVocabulary, { readerTerms }: { readerTerms: boolean }): (text: string) => SafetyMatch[] {
  const patterns = SAFETY_KIND_NAMES.map((kind) => {
    const entries = [...vocabulary[kind].terms, ...(readerTerms ? vocabulary[kind].readerTerms : [])];
    // Longest first, so the reported words are the most specific entry that matched.
    const alternatives = [...new Set(entries)].sort((a, b) => b.length - a.length).map(entryPattern);
    return { kind, pattern: new RegExp(` (${alternatives.join("|")}) `, "u") };
  });
  return (text) => {
    const normalised = normaliseForSafety(text);
    return patterns.flatMap(({ kind, pattern }) => {
      const match = pattern.exec(normalised);
      return match ? [{ kind, words: match[1] ?? "" }] : [];
    });
  };
}
