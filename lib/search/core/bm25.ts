/** BM25 over typed arrays, each (term, document) impact computed at build time (README.md: formula and layout). */
import { indexOf, prefixRange } from "./sorted-terms";
import { topK } from "./top-k";

const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface Bm25Index {
  /** Index terms, sorted by code unit. */
  terms: string[];
  termStart: Uint32Array;
  postingDoc: Uint32Array;
  postingImpact: Float32Array;
  docCount: number;
}

/** One field of a document: its index terms (one per token, repeats kept) and length (MiniSearch: distinct tokens). */
export interface FieldInput {
  terms: readonly string[];
  length: number;
}

/**
 * `docs[i]` holds one FieldInput per field, in the order of `boosts`. `documentIdf[f]` (0 to 1) is the share of field
 * f's idf taken from whole documents: a few words (a heading) are a small sample of which words are rare (README.md).
 */
export function buildBm25(docs: readonly (readonly FieldInput[])[], boosts: readonly number[], documentIdf: readonly number[] = []): Bm25Index {
  const fieldCount = boosts.length;
  const termIds = new Map<string, number>();
  const names: string[] = [];
  const lengthSum = new Float64Array(fieldCount);
  // Documents containing each term, per field: docFreq[termId * fieldCount + field].
  let docFreq = new Uint32Array(1024 * fieldCount);
  // One entry per distinct (document, term) with its count per field; in document order within each term.
  let entryDoc = new Uint32Array(1 << 16);
  let entryTerm = new Uint32Array(1 << 16);
  let entryTf = new Uint16Array((1 << 16) * fieldCount);
  let entries = 0;
  const grow = <T extends Uint32Array | Uint16Array>(array: T, needed: number): T => {
    if (needed <= array.length) return array;
    const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
    bigger.set(array);
    return bigger;
  };
  const entryOf = new Map<number, number>();
  docs.forEach((fields, doc) => {
    entryOf.clear();
    fields.forEach((field, f) => {
      lengthSum[f]! += field.length;
      for (const term of field.terms) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = names.length;
          termIds.set(term, id);
          names.push(term);
          docFreq = grow(docFreq, (id + 1) * fieldCount);
        }
        let entry = entryOf.get(id);
        if (entry === undefined) {
          entry = entries++;
          entryOf.set(id, entry);
          entryDoc = grow(entryDoc, entries);
          entryTerm = grow(entryTerm, entries);
          entryTf = grow(entryTf, entries * fieldCount);
          entryDoc[entry] = doc;
          entryTerm[entry] = id;
        }
        const at = entry * fieldCount + f;
        if (entryTf[at] === 0) docFreq[id * fieldCount + f]!++;
        if (entryTf[at]! < 0xffff) entryTf[at]!++;
      }
    });
  });
  const docCount = docs.length;
  const idfOf = (df: number) => Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  const avgLength = Array.from(lengthSum, (sum) => sum / Math.max(1, docCount));

  // Terms in sorted order; count each term's postings, then lay them out in one pass.
  const order = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  const rank = new Uint32Array(names.length);
  order.forEach((id, position) => (rank[id] = position));
  const termStart = new Uint32Array(names.length + 1);
  for (let e = 0; e < entries; e++) termStart[rank[entryTerm[e]!]! + 1]!++;
  for (let i = 0; i < names.length; i++) termStart[i + 1]! += termStart[i]!;
  const fill = termStart.slice(0, names.length);
  const postingDoc = new Uint32Array(entries);
  const postingImpact = new Float32Array(entries);
  for (let e = 0; e < entries; e++) {
    const doc = entryDoc[e]!;
    const id = entryTerm[e]!;
    let impact = 0;
    for (let f = 0; f < fieldCount; f++) {
      const tf = entryTf[e * fieldCount + f]!;
      if (!tf) continue;
      const share = documentIdf[f] ?? 0;
      // A term's entries are its documents.
      const idf = (1 - share) * idfOf(docFreq[id * fieldCount + f]!) + (share && share * idfOf(termStart[rank[id]! + 1]! - termStart[rank[id]!]!));
      const norm = K * (1 - B + (B * docs[doc]![f]!.length) / (avgLength[f]! || 1));
      impact += boosts[f]! * idf * (D + (tf * (K + 1)) / (tf + norm));
    }
    const slot = fill[rank[id]!]!++;
    postingDoc[slot] = doc;
    postingImpact[slot] = impact;
  }
  return { terms: order.map((id) => names[id]!), termStart, postingDoc, postingImpact, docCount };
}

/** One term of a query. Several specs may share a `word` (its synonyms, corrections and prefix expansions). */
export interface TermSpec {
  term: string;
  /** The query word this term stands for (0–31); the score is multiplied by the number of words matched. */
  word: number;
  /** Also match terms that start with `term` (for the word being typed). */
  prefix?: boolean;
  /** 1 by default: less for a term that only stands in for the reader's word. */
  weight?: number;
}

/** So a query's cost stays bounded: terms a prefix may expand to (the most frequent), query words that count. */
export const LIMITS = { prefixTerms: 50, words: 32 };

// As in MiniSearch: a prefix match counts less than the word itself, and less the longer its ending.
const PREFIX_WEIGHT = 0.375;

export interface Expansion {
  termIndex: number;
  weight: number;
  word: number;
}

const postingCount = (index: Bm25Index, i: number) => index.termStart[i + 1]! - index.termStart[i]!;

/** Index terms a query reaches: each spec's exact term, plus its prefix expansions. */
export function expand(index: Bm25Index, specs: readonly TermSpec[]): Expansion[] {
  const out: Expansion[] = [];
  for (const spec of specs) {
    if (spec.word >= LIMITS.words) continue;
    const base = spec.weight ?? 1;
    const exact = indexOf(index.terms, spec.term);
    if (exact >= 0) out.push({ termIndex: exact, weight: base, word: spec.word });
    if (!spec.prefix) continue;
    const [start, end] = prefixRange(index.terms, spec.term);
    const candidates: number[] = [];
    for (let i = start; i < end; i++) if (i !== exact) candidates.push(i);
    // A short prefix can reach thousands of terms; the most frequent are what the reader means.
    for (const i of topK(candidates, candidates.length, LIMITS.prefixTerms, (i) => postingCount(index, i))) {
      const length = index.terms[i]!.length;
      out.push({ termIndex: i, weight: (base * PREFIX_WEIGHT * length) / (length + 0.3 * (length - spec.term.length)), word: spec.word });
    }
  }
  return out;
}

/** Matching documents `docs[0, count)` and scores by document id; valid until the scorer's next `score` call. */
export interface Matches {
  docs: Uint32Array;
  count: number;
  scores: Float32Array;
}

/**
 * Reuses its buffers (a slot per document) between queries; queries are synchronous, so one scorer serves a process.
 * A broad query adds into cleared dense buffers without a branch; a narrow one stamps its documents (README.md).
 */
export class Scorer {
  private readonly scores: Float32Array;
  private readonly words: Uint32Array;
  private readonly seenIn: Uint32Array;
  private readonly matched: Uint32Array;
  private generation = 0;

  constructor(readonly index: Bm25Index) {
    this.scores = new Float32Array(index.docCount);
    this.words = new Uint32Array(index.docCount);
    this.seenIn = new Uint32Array(index.docCount);
    this.matched = new Uint32Array(index.docCount);
  }

  score(expansions: readonly Expansion[]): Matches {
    const { docCount } = this.index;
    let postings = 0;
    for (const { termIndex } of expansions) postings += postingCount(this.index, termIndex);
    // From one posting per 8 documents, clearing and scanning every slot beats a branch and a random write per
    // posting (measured at 5 to 5,000 articles).
    const count = postings * 8 >= docCount ? this.dense(expansions) : this.sparse(expansions);
    const { scores, words, matched } = this;
    for (let i = 0; i < count; i++) {
      const doc = matched[i]!;
      scores[doc]! *= popCount(words[doc]!);
    }
    return { docs: matched, count, scores };
  }

  private dense(expansions: readonly Expansion[]): number {
    const { termStart, postingDoc, postingImpact } = this.index;
    const { scores, words, matched } = this;
    scores.fill(0);
    words.fill(0);
    for (const { termIndex, weight, word } of expansions) {
      const bit = 1 << word;
      for (let p = termStart[termIndex]!, end = termStart[termIndex + 1]!; p < end; p++) {
        const doc = postingDoc[p]!;
        scores[doc]! += weight * postingImpact[p]!;
        words[doc]! |= bit;
      }
    }
    let count = 0;
    for (let doc = 0; doc < words.length; doc++) if (words[doc] !== 0) matched[count++] = doc;
    return count;
  }

  private sparse(expansions: readonly Expansion[]): number {
    const { termStart, postingDoc, postingImpact } = this.index;
    const { scores, words, seenIn, matched } = this;
    // A generation stamp marks the slots of this query, so nothing needs clearing.
    this.generation = this.generation === 0xffffffff ? 1 : this.generation + 1;
    if (this.generation === 1) seenIn.fill(0);
    const generation = this.generation;
    let count = 0;
    for (const { termIndex, weight, word } of expansions) {
      const bit = 1 << word;
      for (let p = termStart[termIndex]!, end = termStart[termIndex + 1]!; p < end; p++) {
        const doc = postingDoc[p]!;
        if (seenIn[doc] !== generation) {
          seenIn[doc] = generation;
          scores[doc] = 0;
          words[doc] = 0;
          matched[count++] = doc;
        }
        scores[doc]! += weight * postingImpact[p]!;
        words[doc]! |= bit;
      }
    }
    return count;
  }
}

function popCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Whether `doc` is in term `termIndex`'s postings (binary search: postings are ascending). */
export function hasTerm(index: Bm25Index, termIndex: number, doc: number): boolean {
  let low = index.termStart[termIndex]!;
  let high = index.termStart[termIndex + 1]!;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = index.postingDoc[mid]!;
    if (value === doc) return true;
    if (value < doc) low = mid + 1;
    else high = mid;
  }
  return false;
}
