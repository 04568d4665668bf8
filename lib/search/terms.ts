/**
 * How text becomes search terms, shared by indexing and querying so both sides agree: split into
 * words, lowercase, strip accents and apostrophes, drop filler words, write British spellings the
 * American way, and stem with the Porter algorithm, so "apologise", "apologizing" and "apology" meet,
 * and so do "behaviour" and "behavior". A reader's words are widened with the synonyms and phrases of
 * content/search-terms.yaml (./search-terms.ts), which are keyed by stem, so every form of a word
 * ("texted", "texting", "texts") expands like the word itself.
 */
import { stemmer } from "stemmer";
import { WORD_PATTERN } from "./limits";

// Words that carry no topic; "should I text her" is really about "text". Contractions are listed as
// the index sees them, apostrophes dropped, so "don't" and "dont" alike are left out.
const STOP_WORDS = new Set(
  [
    "a about am an and are as at be been being but by can could did do does doing for from had has have he her hers him his how i if in into is it its just me my of on or our really she should so that the their them then there they this to too us was we were what when where which who why will with would you your yours",
    "im ive id youre youve youd hes shes its theyre theyve weve thats whats theres dont doesnt didnt cant couldnt wont wouldnt shouldnt isnt arent wasnt werent hasnt havent hadnt",
    // Fillers of typed chat.
    "u ur ya pls plz lol tbh idk rn tho ok okay",
    // Particles: the verb carries the meaning ("found out", "messed up"); a phrase that needs one keeps it.
    "out up",
  ]
    .join(" ")
    .split(" "),
);

/** Stems of a reader's words → stems of the words they also stand for. */
export type Synonyms = Readonly<Record<string, readonly string[]>>;

export function normalize(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Splits text into words. */
export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** Words whose double l is single in American spelling (counselling, cancelled, travelling). */
const DOUBLE_L = /^(counsel|cancel|travel|quarrel|label|signal|marvel|level|model|fuel|dial|total)l(ing|ed|er|ers|or|ors)$/;

/**
 * A lowercase word in American spelling, applied alike to the index and to queries so that either
 * spelling finds the other: -our → -or (behaviour, honour, favourite), -ise → -ize (apologise,
 * realising), the double l of counselling, -ence → -ense (defence, offence) and -tre → -ter (centre).
 * Only the ends that mark a British spelling change, and only after a few letters, so short words
 * ("your", "four", "rise", "wise") stay as they are. A word changed that has no American twin
 * ("promise" → "promize") is harmless: both sides change it the same way.
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

/** One word as readers and writers spell it, before stemming: lowercase, no accents or apostrophes. */
export function plainWord(word: string): string {
  return normalize(word).replace(/['’]s$/, "").replace(/['’]/g, "");
}

/** One word as stored in the index; null drops it (a filler word). */
export function indexTerm(word: string): string | null {
  const w = plainWord(word);
  if (!w || STOP_WORDS.has(w)) return null;
  return stemmer(americanSpelling(w));
}

/** A word of a phrase: stemmed like an index term, but filler words kept ("on" in "left on read"). */
export function phraseTerm(word: string): string {
  return stemmer(americanSpelling(plainWord(word)));
}

/** One word of a query: its index term plus the terms its synonyms add (none for a filler word). */
export function queryTerms(word: string, synonyms: Synonyms): string[] {
  const term = indexTerm(word);
  if (!term) return [];
  return [...new Set([term, ...(synonyms[term] ?? [])])];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(plainWord(word));
}
