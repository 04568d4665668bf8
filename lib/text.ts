/**
 * What a word is, decided once for the whole site: search, the safety matcher, the term lists' checks, the reading
 * grade and word counts all split and compare words this way, so a word the build sees is the word a query sees.
 */
import { stemmer } from "stemmer";

/** An apostrophe as people type one: straight, curly, the modifier letter, or a backtick. */
const APOSTROPHE = "['‘’ʼ`]";
const APOSTROPHES = new RegExp(APOSTROPHE, "g");

/** A word: letters and digits of any script, with inner apostrophes kept ("don't", "partner’s"). */
export const WORD_PATTERN = new RegExp(`[\\p{L}\\p{N}]+(?:${APOSTROPHE}[\\p{L}]+)*`, "gu");

export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** The words of a text, sentence by sentence: who does what to whom is read within a sentence, never across one. */
export function sentences(text: string): string[][] {
  return text
    .split(/[.,;:!?\n]+/)
    .map(tokenize)
    .filter((words) => words.length);
}

/** A word as compared: lowercase, no accents or apostrophes ("don’t" is "dont", "he'll" is "hell", as readers type). */
export function plainWord(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(APOSTROPHES, "");
}

/** A text as its plain words, one space between them and one at each end (for matching phrases). */
export function plainText(text: string): string {
  return ` ${tokenize(text).map(plainWord).join(" ")} `;
}

/** Words whose double l is single in American spelling (counselling, cancelled, travelling). */
const DOUBLE_L = /^(counsel|cancel|travel|quarrel|label|signal|marvel|level|model|fuel|dial|total)l(ing|ed|er|ers|or|ors)$/;

/**
 * A plain word in American spelling, so either spelling finds the other (behaviour, apologise, counselling,
 * defence, centre). Only the ends that mark a British spelling change, after a few letters, so "your", "four" and
 * "rise" stay; a word changed that has no American twin ("promise" → "promize") is harmless: every side changes it.
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

/** The stem of a plain word (Porter, after American spelling): "apologise" and "apology" meet. */
const stem = (plain: string) => stemmer(americanSpelling(plain));

// Words that carry no topic ("should I text her" is about "text"), as plain words so "don't" and "dont" both go.
const STOP_WORDS = new Set(
  [
    "a about am an and are as at be been being but by can could did do does doing for from had has have he her hers him his how i if in into is it its just me my of on or our really she should so that the their them then there they this to too us was we were what when where which who why will with would you your yours",
    "im ive id youre youve youd hes shes its theyre theyve weve thats whats theres dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent hasnt havent hadnt",
    // Fillers of typed chat.
    "u ur ya pls plz lol tbh idk rn tho ok okay",
    // Particles: the verb carries the meaning ("found out", "messed up"); a phrase that needs one keeps it.
    "out up",
  ].join(" ").split(" "),
);

// Stemming is the costly part of indexing and snippets, and words recur: each is stemmed once (bounded, so a
// stream of odd queries cannot grow the process).
const terms = new Map<string, string | null>();

/** A word as search stores it: plain, stemmed; null for a filler word, which search ignores. */
export function indexTerm(word: string): string | null {
  let term = terms.get(word);
  if (term === undefined) {
    if (terms.size >= 200_000) terms.clear();
    const plain = plainWord(word);
    term = !plain || STOP_WORDS.has(plain) ? null : stem(plain);
    terms.set(word, term);
  }
  return term;
}

/** A word of a phrase: stemmed like an index term, but filler words kept ("on" in "left on read"). */
export const phraseTerm = (word: string) => stem(plainWord(word));
