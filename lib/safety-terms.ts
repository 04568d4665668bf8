/**
 * The safety policy in one table, and the matcher over its vocabulary (content/safety-terms.yaml, checked by
 * lib/content/term-lists.ts). Pure, so the content build and search share one matcher without search reading content/.
 */
import type { HelpAnchor } from "./routes";
import type { Need } from "./safety-grammar";
import { plainText } from "./text";

interface KindPolicy {
  label: string;
  /** The parts of /help a passage naming this danger must link, any one (the first is suggested), or place `rule`. */
  help: readonly HelpAnchor[];
  /** The rule written for it, placed instead of a link: it says the same thing on every page. */
  rule?: string;
  /** Readers whose search puts passages of this kind first (lib/safety-grammar.ts says who needs what). */
  needs: readonly Need[];
}

const KINDS = {
  crisis: { label: "thoughts of suicide or self-harm", help: ["crisis", "in-danger"], rule: "crisis", needs: ["crisis"] },
  "threatens-self-harm": { label: "someone threatening to hurt themselves", help: ["someone-threatens-self-harm", "crisis"], needs: ["threatens-self-harm"] },
  abuse: { label: "violence, threats or abuse", help: ["abuse", "own-behaviour", "in-danger", "someone-threatens-self-harm"], needs: ["abuse", "own-behaviour"] },
  control: { label: "control, monitoring or blackmail", help: ["abuse", "own-behaviour"], needs: ["abuse", "own-behaviour"] },
  stalking: { label: "stalking or harassment", help: ["abuse", "own-behaviour", "in-danger"], needs: ["abuse", "own-behaviour"] },
  "image-abuse": { label: "intimate images shared or threatened", help: ["image-abuse"], needs: ["image-abuse"] },
  // A passage that suggests counselling must say when it is unsafe; a reader who asks about it is not in danger.
  "couples-counselling": { label: "couples counselling after violence, threats or control", help: ["abuse", "own-behaviour"], rule: "couples-counselling", needs: [] },
} as const satisfies Record<string, KindPolicy>;

/** The part of /help that answers each need: search's help box and the stage finder send a reader there. */
export const NEED_HELP: Readonly<Record<Need, HelpAnchor>> = {
  crisis: "crisis",
  "threatens-self-harm": "someone-threatens-self-harm",
  abuse: "abuse",
  "own-behaviour": "own-behaviour",
  "image-abuse": "image-abuse",
};

export type SafetyKind = keyof typeof KINDS;
export const SAFETY_KINDS: Readonly<Record<SafetyKind, KindPolicy>> = KINDS;
export const SAFETY_KIND_NAMES = Object.keys(KINDS) as SafetyKind[];

/** content/safety-terms.yaml: per kind, the words our prose uses for it. */
export type SafetyVocabulary = Record<SafetyKind, { terms: string[] }>;

/** The form both sides are matched in: plain words (lib/text.ts), one space between and around them. */
export const normaliseForSafety = plainText;

/** An entry as a pattern: "word*" is any word it starts. */
const entryPattern = (term: string) =>
  term.split(" ").filter(Boolean).map((word) => (word.endsWith("*") ? `${word.slice(0, -1)}[\\p{L}\\p{N}]*` : word)).join(" ");

export interface SafetyMatch {
  kind: SafetyKind;
  /** The words of the text that matched. */
  words: string;
}

/** Each kind's entries as one pattern, longest (most specific) first; the space after a match is left for the next. */
export function safetyPatterns(vocabulary: SafetyVocabulary): { kind: SafetyKind; pattern: RegExp }[] {
  return SAFETY_KIND_NAMES.map((kind) => {
    const alternatives = [...new Set(vocabulary[kind].terms)].sort((a, b) => b.length - a.length).map(entryPattern);
    return { kind, pattern: new RegExp(` (${alternatives.join("|")})(?= )`, "gu") };
  });
}

/** A matcher over the vocabulary: every kind the text touches, once each, in the order of SAFETY_KINDS. */
export function compileSafetyMatcher(vocabulary: SafetyVocabulary): (text: string) => SafetyMatch[] {
  const patterns = safetyPatterns(vocabulary);
  return (text) => {
    const normalised = normaliseForSafety(text);
    return patterns.flatMap(({ kind, pattern }) => {
      pattern.lastIndex = 0;
      const match = pattern.exec(normalised);
      return match ? [{ kind, words: match[1] ?? "" }] : [];
    });
  };
}
