/**
 * A small full-text ranking core: BM25 over typed arrays, sorted-term lookups (exact, prefix, within
 * a few edits) and top-k selection. No dependencies, no I/O; README.md beside this file says what it
 * stores, how it scores and why it exists.
 */
export { buildBm25, expand, hasTerm, LIMITS, Scorer, type Bm25Index, type Expansion, type FieldInput, type TermSpec } from "./bm25";
export { closest, forEachWithin, indexOf, lowerBound, prefixRange } from "./sorted-terms";
export { topK } from "./top-k";
