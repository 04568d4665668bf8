/**
 * What a word is, decided once for the whole site: search (the index, queries, snippets), the safety
 * vocabulary's matcher, the reading grade and word counts all split and compare words this way, so a
 * word the build sees is the word a query sees.
 */
import { stemmer } from "stemmer";

/** An apostrophe as people type one: straight, curly, the modifier letter, or a backtick. */
const APOSTROPHE = "['‘’ʼ`]";
const APOSTROPHES = new RegExp(APOSTROPHE, "g");

/** A word: letters and digits of any script, with inner apostrophes kept ("don't", "partner’s"). */
export const WORD_PATTERN = new RegExp(`[\\p{L}\\p{N}]+(?:${APOSTROPHE}[\\p{L}]+)*`, "gu");

/** The words of a text, as written. */
export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** Lowercase, accents stripped ("Émile" → "emile"). */
export function normalize(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/**
 * One word as it is compared: lowercase, no accents, apostrophes dropped, so "don't", "don’t" and
 * "dont" are one word, and "he'll" reads as "hell", as readers type it in a hurry.
 */
export function plainWord(word: string): string {
  return normalize(word).replace(APOSTROPHES, "");
}

/** A text as its plain words, one space between them and one at each end (for matching phrases). */
export function plainText(text: string): string {
  return ` ${tokenize(text).map(plainWord).join(" ")} `;
}

/** Words whose double l is single in American spelling (counselling, cancelled, travelling). */
const DOUBLE_L = /^(counsel|cancel|travel|quarrel|label|signal|marvel|level|model|fuel|dial|total)l(ing|ed|er|ers|or|ors)$/;

/**
 * A plain word in American spelling, so either spelling finds the other: -our → -or (behaviour,
 * honour), -ise → -ize (apologise, realising), the double l of counselling, -ence → -ense (defence)
 * and -tre → -ter (centre). Only the ends that mark a British spelling change, and only after a few
 * letters, so short words ("your", "four", "rise") stay. A word changed that has no American twin
 * ("promise" → "promize") is harmless: every side changes it the same way.
 */
function americanSpelling(word: string): string {
  return word
    .replace(/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|al|ally|er|ers|less)?$/, "$1or$2")
    .replace(/^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations)$/, "$1iz$2")
    .replace(/^([a-z]{3,})ys(e|es|ed|ing)$/, "$1yz$2")
    .replace(DOUBLE_L, "$1$2")
    .replace(/^(def|off|pret|lic)ence(s)?$/, "$1ense$2")
    .replace(/^(cen|thea|me|li)tre(s)?$/, "$1ter$2");
}

/**
 * The stem of a plain word (Porter, after American spelling), so "apologise", "apologizing" and
 * "apology" meet, and so do "behaviour" and "behavior".
 */
export function stem(plain: string): string {
  return stemmer(americanSpelling(plain));
}
