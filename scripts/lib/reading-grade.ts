/**
 * How hard a page's prose is to read: the Flesch–Kincaid grade of its sentences. People read this site
 * under stress, so every page is held to a low grade (`readingLimit`, below), checked by the tests and
 * `npm run check:reading`; tooling only, no page imports it. The formula and the syllable counts come
 * from well-kept libraries; a word is the site's word (lib/text.ts), and this module decides what a
 * sentence is.
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { tokenize } from "../../lib/text";

export interface ReadingCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * Sentences of one block of prose (a paragraph, a list item, a heading): split after . ! ? followed by
 * space; a block without end punctuation (a list item, a label) is one sentence of its own.
 */
function sentencesOf(block: string): string[] {
  return block
    .split(/(?<=[.!?…]["”’)]?)\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => tokenize(s).length > 0);
}

/** Counts for blocks of prose; each block ends a sentence even without a full stop. */
export function readingCounts(blocks: readonly string[]): ReadingCounts {
  const counts: ReadingCounts = { sentences: 0, words: 0, syllables: 0 };
  for (const block of blocks) {
    for (const sentence of sentencesOf(block)) {
      const words = tokenize(sentence);
      if (!words.length) continue;
      counts.sentences += 1;
      counts.words += words.length;
      // Numbers are read as words of one or two syllables; the syllable library counts letters only.
      for (const word of words) counts.syllables += /^\p{N}+$/u.test(word) ? 1 : Math.max(1, syllable(word));
    }
  }
  return counts;
}

/** The Flesch–Kincaid grade of some blocks of prose (0 for no words). */
export function readingGrade(blocks: readonly string[]): number {
  const { sentences, words, syllables } = readingCounts(blocks);
  if (!words) return 0;
  return fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
}

/** The prose blocks of some HTML: paragraphs, list items, headings, table cells and quotes, as text. */
export function proseBlocks(html: string): string[] {
  const blocks: string[] = [];
  const pattern = /<(p|li|h[1-6]|td|th|dt|dd|figcaption|summary)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const match of html.matchAll(pattern)) {
    const text = decodeEntities((match[2] ?? "").replace(/<(?:p|li|ul|ol)\b[\s\S]*$/i, "").replace(/<[^>]+>/g, " "))
      .replace(/\s+/g, " ")
      .trim();
    if (text) blocks.push(text);
  }
  return blocks;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/**
 * The prose a reader reads on a rendered page: the blocks inside `<main>`, leaving out navigation
 * (breadcrumbs, pagers, tables of contents), which is labels rather than sentences.
 */
export function pageProse(pageHtml: string): string[] {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(pageHtml)?.[1] ?? "";
  return proseBlocks(main.replace(/<nav\b[\s\S]*?<\/nav>/gi, "").replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ""));
}

/**
 * The highest grade a page may read at. Help, stage and topic pages are the ones read in the most
 * distress, so they are held lower than the rest.
 */
export function readingLimit(pathname: string): number {
  return pathname === "/help" || /^\/(?:stages|tags)\/[^/]+/.test(pathname) ? 6 : 7;
}
