/**
 * Which queries need help shown before any result: the query's words as the plan read them (./plan.ts)
 * against the safety vocabulary the index carries (lib/safety-terms.ts), readers' terms included ("kms",
 * "hell kill himself"). A passage carries a marker term per kind it speaks to (./build-index.ts); a query
 * of that kind asks for it, which puts those passages first. Markers start with "#", as no word can.
 */
import { compileSafetyMatcher, SAFETY_KINDS, type SafetyKind, type SafetyMatch, type SafetyVocabulary } from "../safety-terms";

export interface SafetyNeed {
  /** Kinds of danger the query touches, in the order of SAFETY_KINDS; only kinds search answers. */
  kinds: SafetyKind[];
  /** The reader writes about harm they did or fear they might do ("i hit her", "am i controlling"). */
  ownBehaviour: boolean;
}

/** A word of a query as the plan read it (./plan.ts). */
export interface QueryWord {
  /** The word as typed. */
  raw: string;
  /** Its plain form (lib/text.ts plainWord). */
  plain: string;
  /** When the index knows neither it nor its stem: the known words closest to it, best first. */
  corrections: string[];
}

export const markerOf = (kind: SafetyKind) => `#${kind}`;
/** The marker of a kind a passage comes back to. */
export const repeatedMarkerOf = (kind: SafetyKind) => `#${kind}+`;
export const isMarker = (term: string) => term.startsWith("#");

// A loaded index keeps its vocabulary for the life of the process: its matcher is compiled once.
const matchers = new WeakMap<SafetyVocabulary, (text: string) => SafetyMatch[]>();

const FIRST_PERSON = new Set(["i", "im", "ive", "id"]);
/** Fear makes the reader the one harmed, whoever the sentence starts with ("im afraid of him"). */
const AFRAID = /(^| )(afraid|scared|frightened|terrified)( |$)/;
const TO_ME = /(^| )(me|my|mine)( |$)/;
const SOMEONE_ELSE = /(^| )(her|him|them|his|their|hers)( |$)/;

/**
 * Whether the words that matched describe harm the reader did or fears doing: they start with "i",
 * "im" or "am i" ("i hit my girlfriend", "am i controlling"), or they act on someone else, not on the
 * reader, with the reader as the subject just before them ("i keep checking her phone"). Words of
 * fear make the reader the one harmed ("im afraid of him").
 */
function isOwnBehaviour(text: string, matched: string): boolean {
  if (AFRAID.test(matched)) return false;
  const words = matched.split(" ");
  if (FIRST_PERSON.has(words[0]!) || (words[0] === "am" && words[1] === "i")) return true;
  if (TO_ME.test(matched) || !SOMEONE_ELSE.test(matched)) return false;
  const at = ` ${text} `.indexOf(` ${matched} `);
  const before = text.slice(0, Math.max(0, at)).trim().split(" ").slice(-3);
  return before.some((word) => FIRST_PERSON.has(word));
}

/** What help a query needs, from its words as the plan read them: each misspelt word as its closest correction. */
export function safetyNeed(vocabulary: SafetyVocabulary, words: readonly QueryWord[]): SafetyNeed {
  let match = matchers.get(vocabulary);
  if (!match) matchers.set(vocabulary, (match = compileSafetyMatcher(vocabulary, { readerTerms: true })));
  const text = words.map((word) => (word.corrections[0] ?? word.plain).replace(/\*$/, "")).join(" ");
  const found = match(text).filter(({ kind }) => SAFETY_KINDS[kind].search);
  return {
    kinds: found.map(({ kind }) => kind),
    ownBehaviour: found.some(({ kind, words: matched }) => SAFETY_KINDS[kind].own !== undefined && isOwnBehaviour(text, matched)),
  };
}
