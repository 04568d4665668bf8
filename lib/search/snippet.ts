/**
 * A snippet is a short window of a passage around its best match, as segments the page renders as
 * escaped text and <mark> elements; no HTML string is ever built from the query.
 *
 * Cost matters here: a results page shows up to 30 passages, and this is most of a query's time
 * after scoring. So one regular expression finds only the words that could match (those that start
 * like one of the matched terms), and only those are stemmed; every other word costs one step of a
 * native scan and is never cut out as a string.
 */
import { WORD_PATTERN } from "./limits";
import { indexTerm, normalize } from "./terms";

export interface Segment {
  text: string;
  mark: boolean;
}

const WINDOW_WORDS = 32;
const MAX_SCANNED = 300;

// Stemming a word is the costly part; the same words recur, so remember them (bounded).
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

/** The first two letters of a word as a term would start (plain ASCII needs no Unicode normalisation). */
function headOf(word: string): string {
  const head = word.slice(0, 2);
  return /^[\x00-\x7f]*$/.test(head) ? head.toLowerCase() : normalize(head);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Matcher {
  terms: Set<string>;
  /** First two letters of each term: a word that starts otherwise cannot match (stems keep them). */
  heads: Set<string>;
  /** Finds where a head occurs (case-insensitively), with the rest of the word from there. */
  headed: RegExp;
}

/** What may follow the first letters of a word, as WORD_PATTERN has it. */
const WORD_REST = String.raw`[\p{L}\p{N}]*(?:['’][\p{L}]+)*`;

// Results pages ask for the same few term sets over and over: their expressions are kept (bounded).
const headedCache = new Map<string, RegExp>();

function matcherOf(matched: Iterable<string>): Matcher {
  const terms = new Set(matched);
  const heads = new Set([...terms].map((t) => t.slice(0, 2)));
  const key = [...heads].sort().join("|");
  let headed = headedCache.get(key);
  if (!headed) {
    if (headedCache.size > 1000) headedCache.clear();
    // Starting with literal letters lets the engine skip ahead to each occurrence; whether it
    // starts a word is checked afterwards (a lookbehind first would cost a test at every character).
    const alternatives = [...heads].map(escapeRegExp).join("|") || "(?!)";
    headed = new RegExp(`(?:${alternatives})${WORD_REST}`, "giu");
    headedCache.set(key, headed);
  }
  return { terms, heads, headed };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
/**
 * Characters that may be, or normalise to, the start of a word other than plain ASCII (the general
 * punctuation block, with its curly quotes and dashes, is left out): text without them takes the fast way.
 */
const MAYBE_OTHER_LETTERS = /[\u0080-\u1fff\u2070-\uffff]/;

const isLetterOrDigit = (char: string | undefined) => char !== undefined && LETTER_OR_DIGIT.test(char);

/** True when a word (as WORD_PATTERN splits text) starts at `at`, i.e. it does not continue one. */
function startsWord(text: string, at: number): boolean {
  const before = text[at - 1];
  if (isLetterOrDigit(before)) return false;
  // "don't": a letter after an apostrophe inside a word continues that word.
  return !((before === "'" || before === "’") && isLetterOrDigit(text[at - 2]) && LETTER.test(text[at]!));
}

/** True when `word` is one of the matched index terms (same stem, or a prefix match of one). */
function isMatch(word: string, { terms, heads }: Matcher): boolean {
  if (!heads.has(headOf(word))) return false;
  const term = stemOf(word);
  if (!term) return false;
  for (const t of terms) if (term === t || (t.length > 2 && term.startsWith(t))) return true;
  return false;
}

/** Start offsets and lengths of the matched words of `text`, in order. */
function matchesIn(text: string, matcher: Matcher, plain = !MAYBE_OTHER_LETTERS.test(text)): { start: number; length: number }[] {
  const found: { start: number; length: number }[] = [];
  if (!plain) {
    // A word may begin with a letter whose normalised form starts a term ("É" for "e"): every word is looked at.
    for (const m of text.matchAll(WORD_PATTERN)) if (isMatch(m[0], matcher)) found.push({ start: m.index, length: m[0].length });
    return found;
  }
  const { headed } = matcher;
  headed.lastIndex = 0;
  for (let m = headed.exec(text); m; m = headed.exec(text)) {
    if (!startsWord(text, m.index)) {
      headed.lastIndex = m.index + 1; // inside a word: a word may still start further on
      continue;
    }
    if (isMatch(m[0], matcher)) found.push({ start: m.index, length: m[0].length });
  }
  return found;
}

function segmentsOf(text: string, matcher: Matcher): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const { start, length } of matchesIn(text, matcher)) {
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: text.slice(start, start + length), mark: true });
    last = start + length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/** Splits `text` into marked and unmarked runs; `matched` are the index terms a document matched. */
export function highlight(text: string, matched: Iterable<string>): Segment[] {
  return segmentsOf(text, matcherOf(matched));
}

/** JavaScript's `\s`: what separates the words a snippet counts (the common case, a letter, first). */
function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false;
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a character is one MAYBE_OTHER_LETTERS stands for. */
const isOther = (code: number) => code >= 0x80 && (code < 0x2000 || code >= 0x2070);

/** About WINDOW_WORDS words of `text` around the densest cluster of matches, highlighted. */
export function snippet(text: string, matched: Iterable<string>, windowWords = WINDOW_WORDS): Segment[] {
  const matcher = matcherOf(matched);
  // Words are whitespace-separated runs; the window is looked for in the first MAX_SCANNED of them,
  // so a snippet's cost stays bounded by the page, not by how long a passage is.
  const starts: number[] = [];
  const ends: number[] = [];
  // One pass over the characters finds the words and whether the fast way to find matches applies.
  let plain = true;
  let at = 0;
  while (at < text.length && starts.length < MAX_SCANNED) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    starts.push(at);
    for (let code = text.charCodeAt(at); at < text.length && !isSpace(code); code = text.charCodeAt(++at)) if (code >= 0x80 && isOther(code)) plain = false;
    ends.push(at);
  }
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const more = at < text.length; // the text goes on past the scanned words
  const words = (from: number, to: number) => {
    const parts: string[] = [];
    for (let i = from; i < to; i++) parts.push(text.slice(starts[i], ends[i]));
    return parts.join(" ");
  };
  if (starts.length <= windowWords) return segmentsOf(words(0, starts.length), matcher);

  // Which words hold a match: each match's offset, located among the word starts (both ascending).
  const hit = new Uint8Array(starts.length);
  let word = 0;
  for (const { start } of matchesIn(text.slice(0, ends[ends.length - 1]), matcher, plain)) {
    while (word + 1 < starts.length && starts[word + 1]! <= start) word++;
    hit[word] = 1;
  }
  // The first window of windowWords words with the most matched words.
  let count = 0;
  for (let i = 0; i < windowWords; i++) count += hit[i]!;
  let bestStart = 0;
  let bestCount = count;
  for (let start = 1; start + windowWords <= starts.length; start++) {
    count += hit[start + windowWords - 1]! - hit[start - 1]!;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  // Start a little before the first hit in the window so the match has some context.
  const firstHit = hit.indexOf(1, bestStart);
  const start = firstHit > bestStart + 6 ? Math.min(firstHit - 6, starts.length - windowWords) : bestStart;
  const end = Math.min(starts.length, start + windowWords);
  // Three dots rather than "…", as search engines write cuts: a character above U+00FF would make the
  // whole results page a two-byte string, which Node writes far more slowly (lib/one-byte-html.mjs).
  return segmentsOf(`${start > 0 ? "... " : ""}${words(start, end)}${end < starts.length || more ? " ..." : ""}`, matcher);
}
