/**
 * Safety-aware search: which queries need help shown before any result, and which passages speak to
 * them. One vocabulary (content/safety-terms.yaml, matched by lib/safety-terms.ts) serves both the
 * build's content check and search; the index file carries it, so a search never reads content/.
 *
 * - A query is matched with the readers' terms as well ("kms", "hell kill himself", "dont want to
 *   live"), after its misspelt words are corrected towards the vocabulary's own words ("suicidel").
 * - Each passage is matched with the prose terms only, when the index is built, and carries one
 *   marker term per kind it speaks to; a query of that kind adds the marker with a weight that puts
 *   those passages first. Markers start with "#", which no word of text can.
 */
import { compileSafetyMatcher, normaliseForSafety, SAFETY_KIND_NAMES, type SafetyKind, type SafetyVocabulary } from "../safety-terms";
import { forEachWithin, indexOf } from "./core";
import type { SearchDoc } from "./documents";

/**
 * Kinds a search answers with help. Couples counselling is a kind for the content check (a passage
 * that suggests it must say when it is unsafe), not a sign that the reader is in danger.
 */
const SEARCH_KINDS: readonly SafetyKind[] = SAFETY_KIND_NAMES.filter((kind) => kind !== "couples-counselling");

/** The safety vocabulary as the index file carries it. */
export interface SafetyIndex {
  vocabulary: SafetyVocabulary;
}

export interface SafetyNeed {
  /** Kinds of danger the query touches, in the order of SAFETY_KINDS. */
  kinds: SafetyKind[];
  /** The reader writes about harm they did or fear they might do ("i hit her", "am i controlling"). */
  ownBehaviour: boolean;
}

export const markerOf = (kind: SafetyKind) => `#${kind}`;
/** The marker of a kind a passage comes back to. */
export const repeatedMarkerOf = (kind: SafetyKind) => `#${kind}+`;
export const isMarker = (term: string) => term.startsWith("#");

/**
 * The marker terms of each document ("" for none): the kinds its heading and text speak to, each
 * once, and a second marker for a kind it comes back to (the passage is about it rather than naming
 * it in passing), which breaks ties between passages that share no words with the query. Readers'
 * terms count too: prose may say "not wanting to live" as a reader would.
 */
export function safetyMarkersOf(docs: readonly SearchDoc[], { vocabulary }: SafetyIndex): string[] {
  const match = compileSafetyMatcher(vocabulary, { readerTerms: true });
  return docs.map((doc) => {
    const counts = new Map<SafetyKind, number>();
    let rest = normaliseForSafety(`${doc.heading}. ${doc.body}`);
    for (let found = match(rest); found.length; found = match(rest)) {
      // Count the earliest match, then look again after it.
      const [first] = found
        .map(({ kind, words }) => ({ kind, end: rest.indexOf(` ${words} `) + words.length + 1 }))
        .sort((a, b) => a.end - b.end);
      if (SEARCH_KINDS.includes(first!.kind)) counts.set(first!.kind, (counts.get(first!.kind) ?? 0) + 1);
      if ([...counts.values()].every((n) => n >= 2) && counts.size === found.length) break;
      rest = rest.slice(first!.end);
    }
    return [...counts].flatMap(([kind, n]) => (n > 1 ? [markerOf(kind), repeatedMarkerOf(kind)] : [markerOf(kind)])).join(" ");
  });
}

interface CompiledSafety {
  match: ReturnType<typeof compileSafetyMatcher>;
  /** Whole words of the vocabulary, sorted; and the stems of its "word*" entries. */
  words: string[];
  stems: string[];
}

// A loaded index keeps its vocabulary for the life of the process: compile it once.
const compiled = new WeakMap<SafetyIndex, CompiledSafety>();

function compile(safety: SafetyIndex): CompiledSafety {
  let result = compiled.get(safety);
  if (!result) {
    const words = new Set<string>();
    const stems = new Set<string>();
    for (const kind of SEARCH_KINDS) {
      const { terms, readerTerms } = safety.vocabulary[kind];
      for (const entry of [...terms, ...readerTerms]) {
        for (const word of entry.split(" ")) {
          if (word.endsWith("*")) stems.add(word.slice(0, -1));
          else words.add(word);
        }
      }
    }
    result = { match: compileSafetyMatcher(safety.vocabulary, { readerTerms: true }), words: [...words].sort(), stems: [...stems] };
    compiled.set(safety, result);
  }
  return result;
}

/** Shortest word a typo is corrected in, and the length from which two typos are. */
const MIN_TYPO_LENGTH = 6;
const TWO_TYPOS_LENGTH = 9;

/**
 * The vocabulary's word a misspelt query word stands for, if one is close: within one edit (two for
 * long words), the first letter as typed; for a "word*" entry, the start of the query word within one
 * edit of its stem ("sucidal", "suiside"). Words the site or its readers' vocabulary know are taken as
 * meant ("violin" is not "violen*" when the site uses "violin"), and so are short words.
 */
function corrected(word: string, { words, stems }: CompiledSafety, known: readonly string[]): string | undefined {
  if (word.length < MIN_TYPO_LENGTH || indexOf(words, word) >= 0 || indexOf(known, word) >= 0) return undefined;
  let best: { word: string; distance: number } | undefined;
  forEachWithin(words, word, word.length >= TWO_TYPOS_LENGTH ? 2 : 1, (i, distance) => {
    if (!best || distance < best.distance) best = { word: words[i]!, distance };
  }, 1, true);
  if (best) return best.word;
  for (const stem of stems) {
    if (stem.length < MIN_TYPO_LENGTH - 1 || word[0] !== stem[0]) continue;
    for (let length = stem.length - 1; length <= stem.length + 1 && length <= word.length; length++) {
      let close = false;
      forEachWithin([stem], word.slice(0, length), 1, () => (close = true), 1, true);
      if (close) return stem + word.slice(length);
    }
  }
  return undefined;
}

const FIRST_PERSON = new Set(["i", "im", "ive", "id"]);
/** Kinds where a reader may be the one doing harm (not crisis, which is about their own life). */
const MAY_BE_OWN = new Set<SafetyKind>(["abuse", "control", "stalking", "image-abuse"]);
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

/**
 * What help a query needs. `known` is the index's sorted word list (the site's words and the
 * readers'): a word in it is never "corrected" towards the safety vocabulary.
 */
export function safetyNeed(safety: SafetyIndex, query: string, known: readonly string[]): SafetyNeed {
  const vocabulary = compile(safety);
  const words = normaliseForSafety(query).trim().split(" ").filter(Boolean);
  const text = words.map((word) => corrected(word, vocabulary, known) ?? word).join(" ");
  const found = vocabulary.match(text).filter(({ kind }) => SEARCH_KINDS.includes(kind));
  return {
    kinds: found.map(({ kind }) => kind),
    ownBehaviour: found.some(({ kind, words: matched }) => MAY_BE_OWN.has(kind) && isOwnBehaviour(text, matched)),
  };
}
