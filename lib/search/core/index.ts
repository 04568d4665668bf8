/** A small full-text ranking core, with no dependencies and no I/O: README.md says what, how and why. */
export { buildBm25, expand, hasTerm, LIMITS, Scorer, type Bm25Index, type Expansion, type FieldInput, type TermSpec } from "./bm25";
export { closest, forEachWithin, indexOf, lowerBound, prefixRange } from "./sorted-terms";
export { topK } from "./top-k";
