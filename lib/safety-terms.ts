/**
 * The safety policy in one table, and the matcher over its vocabulary. For each kind of danger: the
 * parts of /help that answer it in a page (any one satisfies a passage; the first is the one to
 * suggest), the rule a page must place instead of a link, and the help search shows for it. The words
 * themselves are data (content/safety-terms.yaml, read and checked by lib/content/term-lists.ts). Pure,
 * so the content build and a search share one matcher without search reading content/.
 */
import type { HelpAnchor } from "./routes";
import { plainText } from "./text";

interface KindPolicy {
  label: string;
  /** The parts of /help a passage that names this danger must link (or place `rule`). */
  help: readonly HelpAnchor[];
  /** The rule written for it, placed instead of a link: it says the same thing on every page. */
  rule?: string;
  /** The help a search shows for it; none for a kind that is no sign the reader is in danger. */
  search?: HelpAnchor;
  /** The help instead when the reader writes about harm they did or fear doing; set for kinds where they may be the one. */
  own?: HelpAnchor;
}

const KINDS = {
  crisis: { label: "thoughts of suicide or self-harm", help: ["crisis", "in-danger"], rule: "crisis", search: "crisis" },
  "threatens-self-harm": { label: "someone threatening to hurt themselves", help: ["someone-threatens-self-harm", "crisis"], search: "someone-threatens-self-harm" },
  abuse: { label: "violence, threats or abuse", help: ["abuse", "own-behaviour", "in-danger", "someone-threatens-self-harm"], search: "abuse", own: "own-behaviour" },
  control: { label: "control, monitoring or blackmail", help: ["abuse", "own-behaviour"], search: "abuse", own: "own-behaviour" },
  stalking: { label: "stalking or harassment", help: ["abuse", "own-behaviour", "in-danger"], search: "abuse", own: "own-behaviour" },
  "image-abuse": { label: "intimate images shared or threatened", help: ["image-abuse"], search: "image-abuse", own: "image-abuse" },
  // A passage that suggests counselling must say when it is unsafe; a reader who asks about it is not in danger.
  "couples-counselling": { label: "couples counselling after violence, threats or control", help: ["abuse", "own-behaviour"], rule: "couples-counselling" },
} as const satisfies Record<string, KindPolicy>;

export type SafetyKind = keyof typeof KINDS;
export const SAFETY_KINDS: Readonly<Record<SafetyKind, KindPolicy>> = KINDS;
export const SAFETY_KIND_NAMES = Object.keys(KINDS) as SafetyKind[];

/** content/safety-terms.yaml: per kind, the words prose uses and the ways readers type them. */
export type SafetyVocabulary = Record<SafetyKind, { terms: string[]; readerTerms: string[] }>;

/** The form both sides are matched in: plain words (lib/text.ts), one space between and around them. */
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
 * Each kind's entries as one pattern over normalised text, longest entry first (the most specific
 * wins); the space after a match is left for the next one, so `match` with it counts every occurrence.
 */
export function safetyPatterns(vocabulary: SafetyVocabulary, { readerTerms }: { readerTerms: boolean }): { kind: SafetyKind; pattern: RegExp }[] {
  return SAFETY_KIND_NAMES.map((kind) => {
    const entries = [...vocabulary[kind].terms, ...(readerTerms ? vocabulary[kind].readerTerms : [])];
    const alternatives = [...new Set(entries)].sort((a, b) => b.length - a.length).map(entryPattern);
    return { kind, pattern: new RegExp(` (${alternatives.join("|")})(?= )`, "gu") };
  });
}

/**
 * A matcher over the vocabulary: every kind the text touches, once each, in the order of SAFETY_KINDS.
 * `readerTerms` adds the way readers type (search); the content build leaves them out.
 */
export function compileSafetyMatcher(vocabulary: SafetyVocabulary, options: { readerTerms: boolean }): (text: string) => SafetyMatch[] {
  const patterns = safetyPatterns(vocabulary, options);
  return (text) => {
    const normalised = normaliseForSafety(text);
    return patterns.flatMap(({ kind, pattern }) => {
      pattern.lastIndex = 0;
      const match = pattern.exec(normalised);
      return match ? [{ kind, words: match[1] ?? "" }] : [];
    });
  };
}
