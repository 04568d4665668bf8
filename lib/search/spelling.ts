/** "Did you mean …": the closest known word for each query word the index does not know. */
import { normalize, tokenize, isStopWord } from "./terms";

/** Damerau-free Levenshtein distance with an early exit once it exceeds `max`. */
function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of tokenize(text)) if (word.length > 2) words.add(normalize(word));
  return words;
}

/** The query with unknown words replaced by their nearest neighbours, or undefined if nothing changes. */
export function suggestSpelling(query: string, vocabulary: Set<string>): string | undefined {
  let changed = false;
  const words = tokenize(query).map((raw) => {
    const word = normalize(raw);
    if (word.length < 3 || isStopWord(word) || vocabulary.has(word)) return word;
    let best: string | undefined;
    let bestDistance = word.length > 5 ? 3 : 2;
    for (const candidate of vocabulary) {
      const d = editDistance(word, candidate, bestDistance);
      if (d < bestDistance || (d === bestDistance && best === undefined && d <= 2)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best && best !== word) changed = true;
    return best ?? word;
  });
  return changed ? words.join(" ") : undefined;
}
