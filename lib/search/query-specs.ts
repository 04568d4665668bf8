/**
 * A reader's query as the terms the index is asked for. Each word brings its index term and its
 * synonyms; a phrase the readers' vocabulary knows ("left on read") brings the words it stands for
 * instead of its own; a word the index does not know is corrected to the closest words it does
 * ("vulnrable", "blokced"); only the last word may be unfinished ("apol" → apology); and a query that
 * touches a kind of danger adds that kind's marker, so the passages about it come first. All of these
 * widen what a query matches, and its cost, so each is bounded.
 */
import { forEachWithin, indexOf, LIMITS, type TermSpec } from "./core";
import type { SiteIndex } from "./engine";
import { markerOf, repeatedMarkerOf, safetyNeed, type SafetyNeed } from "./safety";
import { plainWord, tokenize } from "../text";
import { indexTerm, phraseTerm, queryTerms } from "./terms";

/** Words of a query that count (each also costs its postings; the rest of a long query is ignored). */
const MAX_QUERY_WORDS = 16;
/** Distinct terms a query may ask for, synonyms and corrections included. */
const MAX_QUERY_TERMS = 24;
/** Unknown words corrected per query (each walks the vocabulary). */
const MAX_CORRECTED_WORDS = 4;
/** Closest known words a misspelt word stands for. */
const MAX_CORRECTIONS = 3;
/** Shortest word that is corrected, and the length from which two typos are. */
const MIN_CORRECTED_LENGTH = 4;
const TWO_TYPOS_LENGTH = 7;
/** How much a corrected word counts, by edits: a guess at what the reader meant counts less than their word. */
const CORRECTION_WEIGHT = [1, 0.8, 0.5];
/**
 * How much a safety marker counts: enough that every passage about the danger the query names ranks
 * above any passage that only shares its words.
 */
const SAFETY_WEIGHT = 40;
/** How much a synonym counts beside the reader's own word. */
const SYNONYM_WEIGHT = 0.7;

export interface QueryPlan {
  specs: TermSpec[];
  safety: SafetyNeed;
}

/** A known word a misspelt one may stand for: the word, the index terms it brings, and its distance. */
interface Correction {
  word: string;
  terms: string[];
  distance: number;
}

/**
 * The index terms a misspelt word most likely stands for: the known words closest to it as typed
 * (fewest edits, the first letter as typed), and the readers' words closest to its stem, so an
 * inflected misspelling ("obsesing") still reaches a reader's word ("obsess").
 */
function corrections(index: SiteIndex, word: string, stem: string): Correction[] {
  const found: Correction[] = [];
  forEachWithin(index.words, word, word.length >= TWO_TYPOS_LENGTH ? 2 : 1, (i, distance) => {
    if (distance > 0) found.push({ word: index.words[i]!, terms: queryTerms(index.words[i]!, index.synonyms), distance });
  }, 1, true);
  forEachWithin(index.readerStems, stem, stem.length >= TWO_TYPOS_LENGTH ? 2 : 1, (i, distance) => {
    if (distance > 0) found.push({ word: index.readerStems[i]!, terms: [index.readerStems[i]!, ...index.synonyms[index.readerStems[i]!]!], distance });
  }, 1, true);
  const fewest = Math.min(...found.map((f) => f.distance));
  const closest = found.filter((f) => f.distance === fewest);
  // A filler word typed wrong ("shoud", "thier") is still a filler word: it stands for nothing.
  if (closest.some((f) => !f.terms.length)) return [];
  return closest.slice(0, MAX_CORRECTIONS);
}

/** Words a phrase may have between its own without changing it: "slide into her dms", "left me on read". */
const SKIPPABLE = new Set(["me", "my", "him", "her", "his", "them", "their", "us", "our", "you", "your"]);

/**
 * The number of query words a phrase starting at `at` takes up, or 0 when it is not there. Each query
 * word is its phrase term and those of the words a misspelling of it stands for ("geting over").
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
  const tokens = tokenize(query);
  const isKnown = (term: string) => indexOf(index.bm25.terms, term) >= 0 || index.synonyms[term] !== undefined;
  // Misspelt words are corrected first, so a phrase is found through them too.
  const fixes: (Correction[] | undefined)[] = [];
  let correctedWords = 0;
  for (const raw of tokens.slice(0, MAX_QUERY_WORDS * 2)) {
    const term = indexTerm(raw);
    const plain = plainWord(raw);
    const misspelt = term !== null && !isKnown(term) && plain.length >= MIN_CORRECTED_LENGTH && correctedWords < MAX_CORRECTED_WORDS;
    if (misspelt) correctedWords++;
    fixes.push(misspelt ? corrections(index, plain, term) : undefined);
  }
  const phraseWords = tokens.map((raw, i) => [phraseTerm(raw), ...(fixes[i] ?? []).map((fix) => phraseTerm(fix.word))]);
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
    const raw = tokens[at]!;
    const fix = fixes[at];
    const isLast = at === tokens.length - 1;
    at++;
    const term = indexTerm(raw);
    if (!term) continue;
    // Only what is being typed can be unfinished: the last word itself, not its synonyms.
    add(term, { prefix: isLast && term.length > 2 });
    for (const synonym of index.synonyms[term] ?? []) add(synonym, { weight: SYNONYM_WEIGHT });
    for (const { terms, distance } of fix ?? []) {
      terms.forEach((t, i) => add(t, { weight: CORRECTION_WEIGHT[distance]! * (i ? SYNONYM_WEIGHT : 1) }));
    }
    word++;
  }
  const safety = safetyNeed(index.safety, query, index.words);
  for (const kind of safety.kinds) {
    if (word >= LIMITS.words) break;
    // Never left out for the term limit: these are what put help-giving passages first.
    specs.push({ term: markerOf(kind), word, weight: SAFETY_WEIGHT }, { term: repeatedMarkerOf(kind), word, weight: 1 });
    word++;
  }
  return { specs, safety };
}

/** The terms a query asks the index for (see planQuery). */
export function querySpecs(index: SiteIndex, query: string): TermSpec[] {
  return planQuery(index, query).specs;
}
