// Lookups in a list of words sorted by UTF-16 code units (JavaScript's default sort): a trie laid flat, so the
// edit-distance search reuses a shared prefix's work and skips a whole block once its prefix is too far away.

/** Index of the first word ≥ `value` (the list's length if none). */
export function lowerBound(sorted: readonly string[], value: string, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function indexOf(sorted: readonly string[], word: string): number {
  const at = lowerBound(sorted, word);
  return sorted[at] === word ? at : -1;
}

/** The half-open range [start, end) of words that start with `prefix`. */
export function prefixRange(sorted: readonly string[], prefix: string): [start: number, end: number] {
  const start = lowerBound(sorted, prefix);
  // "\uffff" sorts after every character a word can hold, so this is the end of the prefix's block.
  return [start, lowerBound(sorted, `${prefix}\uffff`, start)];
}

/**
 * Calls `visit(index, distance)` for every word within `maxDistance` edits of `query`: insert, delete, substitute,
 * and with `transpositions` a swap of neighbouring letters as one edit (optimal string alignment: "blokced" is one
 * from "blocked"). A word ending in "*" stands for any word starting with the rest: its distance is that of the
 * closest start of `query`. Cost grows with the prefixes within reach, not with the list's size.
 */
export function forEachWithin(
  sorted: readonly string[],
  query: string,
  maxDistance: number,
  visit: (index: number, distance: number) => void,
  /** Only words that share this many first characters with the query (typos are rare there; this narrows the walk). */
  fixedPrefix = 0,
  transpositions = false,
): void {
  const [from, to] = prefixRange(sorted, query.slice(0, fixedPrefix));
  const n = query.length;
  // rows[d] is the edit-distance row after the first d characters of the current word.
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  let previous = "";
  let validDepth = 0; // rows[0..validDepth] hold the rows of previous.slice(0, validDepth)
  let i = from;
  while (i < to) {
    const word = sorted[i]!;
    const length = word.endsWith("*") ? word.length - 1 : word.length;
    let depth = 0;
    const shared = Math.min(validDepth, length);
    while (depth < shared && previous.charCodeAt(depth) === word.charCodeAt(depth)) depth++;
    let prunedAt = -1;
    for (let d = depth; d < length; d++) {
      const above = rows[d]!;
      const row = (rows[d + 1] ??= new Int32Array(n + 1));
      const c = word.charCodeAt(d);
      row[0] = d + 1;
      let min = row[0];
      // The row two characters back, for a swap of this character and the one before it.
      const twoAbove = transpositions && d > 0 ? rows[d - 1]! : undefined;
      const previousChar = d > 0 ? word.charCodeAt(d - 1) : -1;
      for (let j = 1; j <= n; j++) {
        let value = above[j - 1]! + (query.charCodeAt(j - 1) === c ? 0 : 1);
        const insert = row[j - 1]! + 1;
        const remove = above[j]! + 1;
        if (insert < value) value = insert;
        if (remove < value) value = remove;
        if (twoAbove && j > 1 && query.charCodeAt(j - 2) === c && query.charCodeAt(j - 1) === previousChar && twoAbove[j - 2]! + 1 < value) value = twoAbove[j - 2]! + 1;
        row[j] = value;
        if (value < min) min = value;
      }
      if (min > maxDistance) {
        prunedAt = d + 1;
        break;
      }
    }
    if (prunedAt >= 0) {
      // No word that starts with these characters can come within reach: skip them all.
      const prefix = word.slice(0, prunedAt);
      previous = prefix;
      validDepth = prunedAt;
      i = Math.min(to, lowerBound(sorted, `${prefix}\uffff`, i));
      continue;
    }
    const distance = length < word.length ? Math.min(...rows[length]!) : rows[length]![n]!;
    if (distance <= maxDistance) visit(i, distance);
    previous = word.slice(0, length);
    validDepth = length;
    i++;
  }
}

/**
 * The words a misspelt `word` most likely stands for: fewest edits away, within one (two from `twoEditsFrom` letters),
 * first letter as typed, a swap one edit. Distance 0 when the list holds the word; undefined if too short or none near.
 */
export function closest(word: string, sorted: readonly string[], { minLength, twoEditsFrom }: { minLength: number; twoEditsFrom: number }): { words: string[]; distance: number } | undefined {
  if (word.length < minLength) return undefined;
  let found: { words: string[]; distance: number } | undefined;
  forEachWithin(sorted, word, word.length >= twoEditsFrom ? 2 : 1, (i, distance) => {
    if (!found || distance < found.distance) found = { words: [sorted[i]!], distance };
    else if (distance === found.distance) found.words.push(sorted[i]!);
  }, 1, true);
  return found;
}
