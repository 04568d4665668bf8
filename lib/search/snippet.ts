/**
 * A snippet is a short window of a passage around its best match, as segments the page renders as escaped text and
 * <mark>: no HTML is built from the query. Words are compared by index term, so a mark means what a match means.
 */
import { indexTerm, WORD_PATTERN } from "../text";

export interface Segment {
  text: string;
  mark: boolean;
}

const WINDOW_WORDS = 32;
/** Words of a passage looked at: a snippet's cost is bounded by the page, not by a passage's length. */
const MAX_SCANNED = 300;

interface Scan {
  starts: number[];
  ends: number[];
  hits: number[];
  /** Where the first word past the scanned ones starts (the text's length if none). */
  next: number;
}

/** The words of `text` (up to `limit`) and which of them stand for one of the matched terms. */
function scan(text: string, matched: Iterable<string>, limit: number): Scan {
  const terms = [...matched];
  // A term keeps its word's first letter: a word that starts with another plain letter cannot match.
  const heads = new Set(terms.map((t) => t.charCodeAt(0)));
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: number[] = [];
  let next = text.length;
  for (const m of text.matchAll(WORD_PATTERN)) {
    if (starts.length === limit) {
      next = m.index;
      break;
    }
    const first = m[0].charCodeAt(0);
    const term = first >= 128 || heads.has(first | 32) ? indexTerm(m[0]) : null;
    // A term matched by prefix ("apolog" while typing) marks every word that starts like it.
    hits.push(term && terms.some((t) => term === t || (t.length > 2 && term.startsWith(t))) ? 1 : 0);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends, hits, next };
}

/** Words [from, to) of a scan as segments, from `lead` before the first to `tail` after the last word. */
function segments(text: string, { starts, ends, hits }: Scan, from: number, to: number, [lead, tail]: [number, number], squeeze: boolean): Segment[] {
  const out: Segment[] = [];
  const push = (piece: string, mark: boolean) => {
    const last = out.at(-1);
    if (squeeze) piece = piece.replace(/\s+/g, " ");
    if (last && !last.mark && !mark) last.text += piece;
    else if (piece) out.push({ text: piece, mark });
  };
  for (let i = from; i < to; i++) {
    push(text.slice(i === from ? lead : ends[i - 1], starts[i]), false);
    push(text.slice(starts[i], ends[i]), hits[i] === 1);
  }
  push(text.slice(to > from ? ends[to - 1] : lead, tail), false);
  return out;
}

/** `text` as marked and unmarked runs; `matched` are the index terms a document matched. */
export function highlight(text: string, matched: Iterable<string>): Segment[] {
  const found = scan(text, matched, Infinity);
  return segments(text, found, 0, found.starts.length, [0, text.length], false);
}

/** About WINDOW_WORDS words of `text` around the densest cluster of matches, highlighted. */
export function snippet(text: string, matched: Iterable<string>): Segment[] {
  const found = scan(text, matched, MAX_SCANNED);
  const { starts, hits } = found;
  const count = starts.length;
  // The first window with the most matched words.
  let inWindow = 0;
  for (let i = 0; i < Math.min(WINDOW_WORDS, count); i++) inWindow += hits[i]!;
  let best = 0;
  let bestCount = inWindow;
  for (let start = 1; start + WINDOW_WORDS <= count; start++) {
    inWindow += hits[start + WINDOW_WORDS - 1]! - hits[start - 1]!;
    if (inWindow > bestCount) [best, bestCount] = [start, inWindow];
  }
  // Start a little before the first hit in the window so the match has some context.
  const firstHit = hits.indexOf(1, best);
  const start = firstHit > best + 6 ? Math.max(0, Math.min(firstHit - 6, count - WINDOW_WORDS)) : best;
  const end = Math.min(count, start + WINDOW_WORDS);
  const cut = end < count || found.next < text.length;
  // Up to the next word, so the window keeps its punctuation ("space." stays "space.").
  const shown = segments(text, found, start, end, [start ? starts[start]! : 0, end < count ? starts[end]! : found.next], true);
  const first = shown[0];
  const last = shown.at(-1);
  if (first && !first.mark) first.text = first.text.trimStart();
  if (last && !last.mark) last.text = last.text.trimEnd();
  // Three dots, not "…": a character above U+00FF makes the whole page a two-byte string (lib/serving/one-byte-html.mjs).
  return [...(start > 0 ? [{ text: "... ", mark: false }] : []), ...shown, ...(cut ? [{ text: " ...", mark: false }] : [])].filter((s) => s.text);
}
