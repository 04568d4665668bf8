/**
 * How words become search terms, the same for the index and for queries: plain words (lib/text.ts),
 * filler words dropped, stemmed in American spelling. A reader's words are widened with the synonyms
 * and phrases of content/search-terms.yaml, keyed by stem, so every form of a word ("texted",
 * "texting", "texts") expands like the word itself.
 */
import { plainWord, stem } from "../text";

// Words that carry no topic; "should I text her" is really about "text". Written as plain words
// (apostrophes dropped), so "don't" and "dont" alike are left out.
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

// Stemming is the costly part of indexing and of snippets, and words recur: each word is stemmed once
// (bounded, so a stream of odd queries cannot grow the process).
const terms = new Map<string, string | null>();

/** One word as stored in the index; null drops it (a filler word). */
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
export function phraseTerm(word: string): string {
  return stem(plainWord(word));
}

/** One word of a query: its index term plus the terms its synonyms add (none for a filler word). */
export function queryTerms(word: string, synonyms: Synonyms): string[] {
  const term = indexTerm(word);
  if (!term) return [];
  return [...new Set([term, ...(synonyms[term] ?? [])])];
}
