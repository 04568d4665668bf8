/** "Did you mean …": the closest known word for each query word the index does not know. */
import { forEachWithin, indexOf } from "./core/sorted-terms";
import { normalize, tokenize } from "../text";
import { indexTerm } from "./terms";

/** Words of a query looked at (each walks the vocabulary once). */
const MAX_WORDS = 8;
const MAX_EDITS = 2;

/** The closest word of the sorted vocabulary within two edits (fewest edits, then alphabetical). */
function closest(word: string, vocabulary: readonly string[]): string | undefined {
  let best: { index: number; distance: number } | undefined;
  // Like the search's typo matching, the first letter is taken as typed.
  forEachWithin(vocabulary, word, MAX_EDITS, (index, distance) => {
    if (!best || distance < best.distance) best = { index, distance };
  }, 1);
  return best ? vocabulary[best.index] : undefined;
}

/** The query with unknown words replaced by their nearest neighbours, or undefined if nothing changes. */
export function suggestSpelling(query: string, vocabulary: readonly string[]): string | undefined {
  let changed = false;
  const words = tokenize(query)
    .slice(0, MAX_WORDS)
    .map((raw) => {
      const word = normalize(raw);
      if (word.length < 3 || indexTerm(word) === null || indexOf(vocabulary, word) >= 0) return word;
      const best = closest(word, vocabulary);
      if (best && best !== word) changed = true;
      return best ?? word;
    });
  return changed ? words.join(" ") : undefined;
}
