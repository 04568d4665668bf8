/**
 * How text becomes search terms, shared by indexing and querying so both sides agree: split into
 * words, lowercase, strip accents, drop filler words, and stem with the Porter algorithm so
 * "apologize", "apologizing" and "apology" meet. A reader's words are widened with the synonyms in
 * content/search-terms.yaml (see lib/content/search-terms.ts), which are keyed by stem, so every form
 * of a word ("texted", "texting", "texts") expands like the word itself.
 */
import { stemmer } from "stemmer";
import { WORD_PATTERN } from "./limits";

// Words that carry no topic; "should I text her" is really about "text".
const STOP_WORDS = new Set(
  "a an and are as at be but by can could did do does for from had has have he her hers him his how i if in into is it its me my of on or our she should so that the their them then there they this to too us was we were what when where which who why will with would you your yours".split(" "),
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

/** One word as stored in the index; null drops it (a filler word). */
export function indexTerm(word: string): string | null {
  const w = normalize(word).replace(/['’]s$/, "").replace(/['’]/g, "");
  if (!w || STOP_WORDS.has(w)) return null;
  return stemmer(w);
}

/** One word of a query: its index term plus the terms its synonyms add (none for a filler word). */
export function queryTerms(word: string, synonyms: Synonyms): string[] {
  const term = indexTerm(word);
  if (!term) return [];
  return [...new Set([term, ...(synonyms[term] ?? [])])];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(normalize(word));
}
