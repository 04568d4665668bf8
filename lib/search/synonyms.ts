/**
 * Turns content/search-terms.yaml into the index's synonym table, keyed by stem so that every form of
 * a reader's word expands: "texted", "texting" and "texts" all stem to "text".
 */
import { ContentError } from "../content/load";
import type { SearchTerms } from "../content/search-terms";
import { indexTerm, type Synonyms } from "./terms";

export function stemSynonyms(terms: SearchTerms, file: string): Synonyms {
  const table: Record<string, string[]> = {};
  const keyOf = new Map<string, string>();
  const problems: string[] = [];
  const groups: [where: string, words: Record<string, string[]>][] = [
    ...Object.entries(terms.topics).map(([tag, words]) => [`topics.${tag}`, words ?? {}] as [string, Record<string, string[]>]),
    ["general", terms.general],
  ];
  for (const [where, words] of groups) {
    for (const [key, targets] of Object.entries(words)) {
      const stem = indexTerm(key);
      if (!stem) {
        problems.push(`${file}: ${where}.${key}: "${key}" is a filler word the search ignores`);
        continue;
      }
      const twin = keyOf.get(stem);
      if (twin) {
        problems.push(`${file}: ${where}.${key}: a form of the same word as ${twin} (list its words there)`);
        continue;
      }
      keyOf.set(stem, `${where}.${key}`);
      // Filler words ("on" in "moving on") are not in the index, so they are left out here too.
      const stems = targets.map(indexTerm).filter((t): t is string => t !== null && t !== stem);
      table[stem] = [...new Set(stems)];
    }
  }
  if (problems.length) throw new ContentError(problems);
  return table;
}
