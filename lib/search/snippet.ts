/**
 * A snippet is a short window of a passage around its best match, as segments the page renders as
 * escaped text and <mark> elements; no HTML string is ever built from the query.
 */
import { WORD_PATTERN } from "./limits";
import { indexTerm, normalize, tokenize } from "./terms";

export interface Segment {
  text: string;
  mark: boolean;
}

const WINDOW_WORDS = 32;
const MAX_SCANNED = 300;

// Stemming every word of every snippet is the costly part; the same words recur, so remember them.
const stems = new Map<string, string | null>();
function stemOf(word: string): string | null {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size > 50_000) stems.clear();
    stem = indexTerm(word);
    stems.set(word, stem);
  }
  return stem;
}

/** The first two letters of each term: a word that starts otherwise cannot match (stems keep them). */
function headsOf(terms: Iterable<string>): Set<string> {
  return new Set([...terms].map((t) => t.slice(0, 2)));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A test for "this whitespace-separated word starts (after punctuation) with one of the heads":
 * one native regex per word instead of splitting and stemming it, which most words fail.
 */
function headTest(heads: Set<string>): RegExp {
  return new RegExp(`^[^\\p{L}\\p{N}]*(?:${[...heads].map(escapeRegExp).join("|")})`, "iu");
}

/** The first two letters of a word as a term would start (plain ASCII needs no Unicode normalisation). */
function headOf(word: string): string {
  const head = word.slice(0, 2);
  return /^[\x00-\x7f]*$/.test(head) ? head.toLowerCase() : normalize(head);
}

/** True when `word` is one of the matched index terms (same stem, or a prefix match of one). */
function matches(word: string, terms: Set<string>, heads: Set<string>): boolean {
  if (!heads.has(headOf(word))) return false;
  const term = stemOf(word);
  if (!term) return false;
  for (const t of terms) if (term === t || (t.length > 2 && term.startsWith(t))) return true;
  return false;
}

/** Splits `text` into marked and unmarked runs; `matched` are the index terms a document matched. */
export function highlight(text: string, matched: Iterable<string>): Segment[] {
  const terms = new Set(matched);
  const heads = headsOf(terms);
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD_PATTERN)) {
    if (!matches(m[0], terms, heads)) continue;
    const start = m.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: m[0], mark: true });
    last = start + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/** About WINDOW_WORDS words of `text` around the densest cluster of matches, highlighted. */
export function snippet(text: string, matched: Iterable<string>, windowWords = WINDOW_WORDS): Segment[] {
  const terms = new Set(matched);
  const heads = headsOf(terms);
  // The window is looked for in the first MAX_SCANNED words: a snippet's cost stays bounded by the
  // page, not by how long a passage is.
  const words = text.split(/\s+/, MAX_SCANNED).filter(Boolean);
  const more = words.length >= MAX_SCANNED - 1; // the text may go on past the scanned words
  if (words.length <= windowWords) return highlight(words.join(" "), terms);
  // Most words fail the cheap check on their first letters, so few are split and stemmed.
  const candidate = headTest(heads);
  const hits = words.map((w) => candidate.test(w) && tokenize(w).some((t) => matches(t, terms, heads)));
  let bestStart = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (hits[i]) count++;
    if (i >= windowWords && hits[i - windowWords]) count--;
    const start = Math.max(0, i - windowWords + 1);
    if (i >= windowWords - 1 && count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  // Start a little before the first hit in the window so the match has some context.
  const firstHit = hits.indexOf(true, bestStart);
  const start = firstHit > bestStart + 6 ? Math.min(firstHit - 6, words.length - windowWords) : bestStart;
  const end = Math.min(words.length, start + windowWords);
  const body = words.slice(start, end).join(" ");
  return highlight(`${start > 0 ? "… " : ""}${body}${end < words.length || more ? " …" : ""}`, terms);
}
