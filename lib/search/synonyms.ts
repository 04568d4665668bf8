/**
 * Turns content/search-terms.yaml into what the index carries: a synonym table keyed by stem, so that
 * every form of a reader's word expands ("texted", "texting" and "texts" all stem to "text"), and the
 * phrases, matched on the stems of every word including filler words ("left on read", "zoned out").
 */
import { ContentError } from "../content/load";
import type { SearchTerms } from "./search-terms";
import { plainWord, tokenize } from "../text";
import { indexTerm, phraseTerm, type Synonyms } from "./terms";

/** A reader's phrase: its words as phrase terms, and the index terms it stands for. */
export interface Phrase {
  words: string[];
  terms: string[];
  /** Its words as written (plain, lowercased): known words for spelling. */
  text: string[];
}

/** The vocabulary a reader brings, ready for the index. */
export interface ReaderVocabulary {
  synonyms: Synonyms;
  phrases: Phrase[];
  /** The reader's own words (the keys), as typed: a misspelling of one is corrected to it. */
  words: string[];
}

export function readerVocabulary(terms: SearchTerms, file: string): ReaderVocabulary {
  const synonyms: Record<string, string[]> = {};
  const phrases: Phrase[] = [];
  const words = new Set<string>();
  const keyOf = new Map<string, string>();
  const problems: string[] = [];
  const groups: [where: string, words: Record<string, string[]>][] = [
    ...Object.entries(terms.topics).map(([tag, words]) => [`topics.${tag}`, words ?? {}] as [string, Record<string, string[]>]),
    ["general", terms.general],
  ];
  for (const [where, entries] of groups) {
    for (const [key, targets] of Object.entries(entries)) {
      const keyWords = tokenize(key);
      const phrase = keyWords.length > 1;
      const stem = phrase ? keyWords.map(phraseTerm).join(" ") : indexTerm(key);
      if (!stem) {
        problems.push(`${file}: ${where}.${key}: "${key}" is a filler word the search ignores`);
        continue;
      }
      const twin = keyOf.get(stem);
      if (twin) {
        problems.push(`${file}: ${where}.${key}: a form of the same ${phrase ? "phrase" : "word"} as ${twin} (list its words there)`);
        continue;
      }
      keyOf.set(stem, `${where}.${key}`);
      // Filler words ("on" in "moving on") are not in the index, so they are left out here too.
      const stems = [...new Set(targets.map(indexTerm).filter((t): t is string => t !== null && t !== stem))];
      if (phrase) {
        phrases.push({ words: stem.split(" "), terms: stems, text: keyWords.map(plainWord) });
      } else {
        synonyms[stem] = stems;
        words.add(plainWord(key));
      }
    }
  }
  if (problems.length) throw new ContentError(problems);
  // Longest first, so "left on read" is matched before any shorter phrase inside it.
  phrases.sort((a, b) => b.words.length - a.words.length);
  return { synonyms, phrases, words: [...words].sort() };
}
