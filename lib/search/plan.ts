/**
 * A reader's query, read once: its words (misspelt ones with the closest known words), the terms asked for (each
 * word's term and synonyms, a readers' phrase's terms, the last word also as a prefix, a need's marker), the help it
 * needs, and "Did you mean". Each widens what a query matches, and its cost, so each is bounded.
 */
import { indexTerm, phraseTerm, plainWord, sentences } from "../text";
import { closest, indexOf, LIMITS, type TermSpec } from "./core";
import { namedLines } from "./named-lines";
import { markerOf, repeatedMarkerOf, safetyNeeds, type Need, type QueryWord } from "./safety";
import type { SiteIndex, Synonyms } from "./site-index";

/** Words of a query that count (each costs its postings; the rest of a long query is ignored). */
export const MAX_QUERY_WORDS = 16;
/** Distinct terms a query may ask for, synonyms and corrections included. */
export const MAX_QUERY_TERMS = 24;
/** Unknown words corrected per query (each walks the vocabulary). */
const MAX_CORRECTED_WORDS = 4;
/** Closest known words a misspelt word stands for. */
const MAX_CORRECTIONS = 3;
/** Words are corrected from four letters, by one edit, and by two from seven letters. */
const CORRECTION = { minLength: 4, twoEditsFrom: 7 };
/** By edits: a guess at what the reader meant counts less than their word. */
const CORRECTION_WEIGHT = [1, 0.8, 0.5];
/** Enough that every passage about the danger the query names ranks above any that only shares its words. */
const SAFETY_WEIGHT = 40;
const SYNONYM_WEIGHT = 0.7;

export interface QueryPlan {
  words: QueryWord[];
  specs: TermSpec[];
  /** What help the reader needs, in the order shown; none for most queries. */
  safety: Need[];
  /** The help lines the query names by name or number (their ids), to be shown first. */
  lines: string[];
  /** The query with each misspelt word as its closest correction; none for a query that gets help. */
  suggestion?: string;
}

/** One word of a query: its index term plus the terms its synonyms add (none for a filler word). */
function queryTerms(word: string, synonyms: Synonyms): string[] {
  const term = indexTerm(word);
  return term ? [...new Set([term, ...(synonyms[term] ?? [])])] : [];
}

/**
 * The index terms a misspelt word stands for: the known words closest to it as typed (`near`), and the readers' words
 * closest to its stem, so an inflected misspelling ("obsesing") reaches a reader's word ("obsess"); fewest edits win.
 */
function correctionTerms(index: SiteIndex, near: { words: string[]; distance: number } | undefined, stem: string): { terms: string[]; distance: number }[] {
  const byStem = closest(stem, index.readerStems, CORRECTION);
  const fewest = Math.min(near?.distance || 9, byStem?.distance || 9);
  const found = [
    ...(near?.distance === fewest ? near.words.map((w) => ({ terms: queryTerms(w, index.synonyms), distance: fewest })) : []),
    ...(byStem?.distance === fewest ? byStem.words.map((s) => ({ terms: [s, ...index.synonyms[s]!], distance: fewest })) : []),
  ];
  // A filler word typed wrong ("shoud", "thier") is still a filler word: it stands for nothing.
  return found.some((f) => !f.terms.length) ? [] : found.slice(0, MAX_CORRECTIONS);
}

/** Words a phrase may have between its own without changing it: "slide into her dms", "left me on read". */
const SKIPPABLE = new Set(["me", "my", "him", "her", "his", "them", "their", "us", "our", "you", "your"]);

/**
 * The number of query words a phrase starting at `at` takes up (0 when absent). Each query word is its phrase term
 * and those of the words a misspelling of it stands for ("geting over").
 */
function phraseLength(words: readonly (readonly string[])[], at: number, phrase: readonly string[]): number {
  let i = at;
  for (const [n, word] of phrase.entries()) {
    while (n > 0 && words[i] && !words[i]!.includes(word) && SKIPPABLE.has(words[i]![0]!) && !phrase.includes(words[i]![0]!)) i++;
    if (!words[i]?.includes(word)) return 0;
    i++;
  }
  return i - at;
}

export function planQuery(index: SiteIndex, query: string): QueryPlan {
  const parts = sentences(query);
  const tokens = parts.flat();
  const isKnown = (term: string) => indexOf(index.bm25.terms, term) >= 0 || index.synonyms[term] !== undefined;
  // Misspelt words are corrected first (once, here), so a phrase is found through them too.
  let correctedWords = 0;
  const fixes: { terms: string[]; distance: number }[][] = [];
  const words = tokens.map((raw, at): QueryWord => {
    const plain = plainWord(raw);
    const term = indexTerm(raw);
    const misspelt = at < MAX_QUERY_WORDS * 2 && term !== null && !isKnown(term) && correctedWords < MAX_CORRECTED_WORDS;
    if (misspelt) correctedWords++;
    const near = misspelt ? closest(plain, index.words, CORRECTION) : undefined;
    // A word of the vocabulary is taken as meant ("unalive"), even when the index has no text with it.
    const fix = misspelt && near?.distance !== 0 ? correctionTerms(index, near, term!) : [];
    fixes.push(fix);
    return { raw, plain, corrections: near?.distance ? near.words.slice(0, MAX_CORRECTIONS) : [], edits: near?.distance ?? 0 };
  });
  const phraseWords = words.map(({ raw, corrections }) => [phraseTerm(raw), ...corrections.map(phraseTerm)]);
  const specs: TermSpec[] = [];
  const seen = new Set<string>();
  let word = 0;
  const add = (term: string, spec: Omit<TermSpec, "term" | "word"> = {}) => {
    if (seen.has(term) || seen.size >= MAX_QUERY_TERMS) return;
    seen.add(term);
    specs.push({ term, word, ...spec });
  };
  for (let at = 0; at < tokens.length && word < MAX_QUERY_WORDS; ) {
    let taken = 0;
    const phrase = index.phrases.find((p) => (taken = phraseLength(phraseWords, at, p.words)) > 0);
    if (phrase) {
      for (const term of phrase.terms) add(term);
      word++;
      at += taken;
      continue;
    }
    const term = indexTerm(tokens[at]!);
    const isLast = at === tokens.length - 1;
    const fix = fixes[at]!;
    at++;
    if (!term) continue;
    // Only what is being typed can be unfinished: the last word itself, not its synonyms.
    add(term, { prefix: isLast && term.length > 2 });
    for (const synonym of index.synonyms[term] ?? []) add(synonym, { weight: SYNONYM_WEIGHT });
    for (const { terms, distance } of fix) terms.forEach((t, i) => add(t, { weight: CORRECTION_WEIGHT[distance]! * (i ? SYNONYM_WEIGHT : 1) }));
    word++;
  }
  // The safety grammar reads who does what to whom within a sentence, so it gets the words by sentence.
  let from = 0;
  const named = namedLines(words);
  const safety = safetyNeeds(index, parts.map((part) => words.slice(from, (from += part.length))), named);
  for (const need of safety) {
    if (word >= LIMITS.words) break;
    // Never left out for the term limit: these are what put help-giving passages first.
    specs.push({ term: markerOf(need), word, weight: SAFETY_WEIGHT }, { term: repeatedMarkerOf(need), word, weight: 1 });
    word++;
  }
  // "Did you mean" offers the words the search read, never beside help: a reader in danger gets help, not a quiz.
  const offered = words.map(({ raw, corrections }) => corrections[0] ?? raw);
  const suggestion = !safety.length && offered.some((w, i) => w !== words[i]!.raw) ? offered.join(" ") : undefined;
  return { words, specs, safety, lines: named.map((line) => line.id), ...(suggestion ? { suggestion } : {}) };
}
