/**
 * The site's search index: the BM25 core (./core/bm25) over one document per passage (each section
 * of each article, plus each article's introduction) and one per tag and stage page, with what a
 * results page needs beside it: the stored documents, their topic and stage filters, the synonym
 * table and the vocabulary for "did you mean". Built once per build (scripts write it to a file
 * with `serializeIndex`); the server loads that file with `deserializeIndex`. Pure: no file system
 * (the server hands `deserializeIndex` a reader of the file).
 */
import { STAGE_SLUGS, TAG_SLUGS, type StageSlug, type TagSlug } from "../taxonomy";
import { buildBm25, expand, hasTerm, LIMITS, Scorer, type Bm25Index, type Expansion, type TermSpec } from "./core/bm25";
import { indexOf } from "./core/sorted-terms";
import { topK } from "./core/top-k";
import type { SearchDoc } from "./documents";
import { indexTerm, normalize, queryTerms, tokenize, type Synonyms } from "./terms";

/** Title > heading > topic names > body, as the fields of every document, in this order. */
const FIELD_BOOSTS = { title: 3, heading: 2.5, tags: 2, body: 1 } as const;
const FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

/** What a result shows of a document (the `tags` text is only for matching; bodies are kept apart). */
export type StoredDoc = Omit<SearchDoc, "tags" | "body">;

interface Label<S extends string = string> {
  slug: S;
  name: string;
}

export interface Labels {
  tags: Label<TagSlug>[];
  stages: Label<StageSlug>[];
}

export interface SiteIndex {
  bm25: Bm25Index;
  scorer: Scorer;
  docs: StoredDoc[];
  /**
   * A document's text, for its snippet. Loaded from the file, the texts stay one UTF-8 buffer and are
   * decoded only for the results shown: the bulk of the index never becomes JavaScript strings.
   */
  body: (doc: number) => string;
  /** Result group of each document: one per article, one per tag or stage page. */
  group: Uint32Array;
  groupCount: number;
  /** Bit i set: the document carries TAG_SLUGS[i] (resp. STAGE_SLUGS[i]). */
  tagBits: Uint8Array;
  stageBits: Uint8Array;
  synonyms: Synonyms;
  /** Every word of the site (as written, lowercased), sorted: the "did you mean" vocabulary. */
  words: string[];
  /** Names of topics and stages, so the results page needs no content at run time. */
  labels: Labels;
  /** Buffers the results model reuses between queries (lib/search/results.ts). */
  scratch?: { best: Int32Array; slot: Int32Array; kept: Uint32Array; leaders: Uint32Array };
}

export interface Filters {
  tag?: TagSlug;
  stage?: StageSlug;
}

const bitsOf = <T extends string>(values: readonly T[], vocabulary: readonly T[]) =>
  values.reduce((bits, value) => bits | (1 << vocabulary.indexOf(value)), 0);

export function buildIndex(docs: SearchDoc[], synonyms: Synonyms, labels: Labels): SiteIndex {
  // Stemming is the costly part of indexing and words repeat, so each distinct word is stemmed once.
  const stems = new Map<string, string | null>();
  const stem = (word: string) => {
    let term = stems.get(word);
    if (term === undefined) stems.set(word, (term = indexTerm(word)));
    return term;
  };
  const fieldInput = (text: string) => {
    const tokens = tokenize(text);
    return { terms: tokens.map(stem).filter((t): t is string => t !== null), length: new Set(tokens).size };
  };
  const bm25 = buildBm25(
    docs.map((doc) => FIELDS.map((field) => fieldInput(doc[field]))),
    FIELDS.map((field) => FIELD_BOOSTS[field]),
  );
  const words = new Set<string>();
  for (const doc of docs) for (const text of [doc.title, doc.heading, doc.body]) for (const w of tokenize(text)) if (w.length > 2) words.add(normalize(w));
  const stored = docs.map(({ kind, slug, anchor, title, heading, tagSlugs, stageSlugs }): StoredDoc => ({ kind, slug, anchor, title, heading, tagSlugs, stageSlugs }));
  return withDerived(bm25, stored, (doc) => docs[doc]!.body, synonyms, [...words].sort(), labels);
}

function withDerived(bm25: Bm25Index, docs: StoredDoc[], body: SiteIndex["body"], synonyms: Synonyms, words: string[], labels: Labels): SiteIndex {
  const groupOfArticle = new Map<string, number>();
  let groupCount = 0;
  const group = new Uint32Array(docs.length);
  const tagBits = new Uint8Array(docs.length);
  const stageBits = new Uint8Array(docs.length);
  docs.forEach((doc, i) => {
    if (doc.kind === "passage") {
      let g = groupOfArticle.get(doc.slug);
      if (g === undefined) groupOfArticle.set(doc.slug, (g = groupCount++));
      group[i] = g;
    } else {
      group[i] = groupCount++;
    }
    tagBits[i] = bitsOf(doc.tagSlugs, TAG_SLUGS);
    stageBits[i] = bitsOf(doc.stageSlugs, STAGE_SLUGS);
  });
  return { bm25, scorer: new Scorer(bm25), docs, body, group, groupCount, tagBits, stageBits, synonyms, words, labels };
}

// ---- The index as one file: a JSON header (documents, terms, words, synonyms, labels), then raw
// little-endian arrays (postings, body offsets) and the bodies as UTF-8, each section 4-byte aligned.
// Loading parses the header and takes the arrays as views of the file's bytes: no copies.

const MAGIC = "SCIX2";

type DocRow = [kind: StoredDoc["kind"], slug: string, anchor: string, title: string, heading: string, tags: TagSlug[], stages: StageSlug[]];

const align = (buffers: readonly Uint8Array[]) => {
  const length = buffers.reduce((n, b) => n + b.length, 0);
  return Buffer.alloc((4 - (length % 4)) % 4);
};

export function serializeIndex(index: SiteIndex): Buffer {
  const { bm25 } = index;
  const bodies = index.docs.map((_, doc) => Buffer.from(index.body(doc), "utf8"));
  const bodyStart = new Uint32Array(bodies.length + 1);
  bodies.forEach((body, doc) => (bodyStart[doc + 1] = bodyStart[doc]! + body.length));
  const header = Buffer.from(
    JSON.stringify({
      docs: index.docs.map((d): DocRow => [d.kind, d.slug, d.anchor, d.title, d.heading, d.tagSlugs, d.stageSlugs]),
      terms: bm25.terms,
      postings: bm25.postingDoc.length,
      synonyms: index.synonyms,
      words: index.words,
      labels: index.labels,
    }),
  );
  const lead = Buffer.alloc(MAGIC.length + 4);
  lead.write(MAGIC, 0, "latin1");
  lead.writeUInt32LE(header.length, MAGIC.length);
  const bytes = (array: Uint32Array | Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const parts: Buffer[] = [lead, header];
  parts.push(align(parts));
  parts.push(bytes(bm25.termStart), bytes(bm25.postingDoc), bytes(bm25.postingImpact), bytes(bodyStart), ...bodies);
  return Buffer.concat(parts);
}

/** Bytes [start, end) of an index file. */
export type ReadBytes = (start: number, end: number) => Buffer;

/**
 * Loads an index from its bytes, or from a reader of them. With a reader, only the header and the
 * arrays are read into memory; each passage's text is read when a result shows it (the texts are
 * the biggest part of the file at scale, and a page shows at most a few dozen of them).
 */
export function deserializeIndex(file: Uint8Array | ReadBytes): SiteIndex {
  const read: ReadBytes =
    typeof file === "function" ? file : (start, end) => Buffer.from(file.buffer, file.byteOffset + start, Math.min(end, file.byteLength) - start);
  const lead = read(0, MAGIC.length + 4);
  if (lead.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a search index file (or one from another version)");
  const headerLength = lead.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  const header = JSON.parse(read(headerStart, headerStart + headerLength).toString("utf8")) as {
    docs: DocRow[];
    terms: string[];
    postings: number;
    synonyms: Synonyms;
    words: string[];
    labels: Labels;
  };
  const arraysStart = headerStart + headerLength + ((4 - ((headerStart + headerLength) % 4)) % 4);
  const docCount = header.docs.length;
  const arraysLength = 4 * (header.terms.length + 1 + 2 * header.postings + docCount + 1);
  const arrays = read(arraysStart, arraysStart + arraysLength);
  let offset = 0;
  // A view when the bytes are aligned for the type (they are, unless the buffer itself is not), else a copy.
  const take = <T>(Kind: { new (buffer: ArrayBufferLike, byteOffset?: number, length?: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const start = arrays.byteOffset + offset;
    offset += count * Kind.BYTES_PER_ELEMENT;
    return start % Kind.BYTES_PER_ELEMENT === 0
      ? new Kind(arrays.buffer, start, count)
      : new Kind(arrays.buffer.slice(start, start + count * Kind.BYTES_PER_ELEMENT));
  };
  const termStart = take(Uint32Array, header.terms.length + 1);
  const postingDoc = take(Uint32Array, header.postings);
  const postingImpact = take(Float32Array, header.postings);
  const bodyStart = take(Uint32Array, docCount + 1);
  const bodiesStart = arraysStart + arraysLength;
  const docs = header.docs.map(([kind, slug, anchor, title, heading, tagSlugs, stageSlugs]) => ({ kind, slug, anchor, title, heading, tagSlugs, stageSlugs }));
  const bm25 = { terms: header.terms, termStart, postingDoc, postingImpact, docCount };
  const body = (doc: number) => read(bodiesStart + bodyStart[doc]!, bodiesStart + bodyStart[doc + 1]!).toString("utf8");
  return withDerived(bm25, docs, body, header.synonyms, header.words, header.labels);
}

// ---- Queries

/** Distinct query terms that count (each also costs its postings; the rest of a long query is ignored). */
const MAX_QUERY_TERMS = 16;
/** Unknown words matched fuzzily per query (each walks the vocabulary). */
const MAX_FUZZY_WORDS = 4;
/** Edit distance allowed for an unknown word, as a share of its length (about 1 typo in 4–5 letters, 2 in 6+). */
const FUZZINESS = 0.25;
const MAX_EDITS = 2;

/**
 * A query's terms: each word's index term and synonyms; only the last word may be unfinished
 * ("apol" → apology), so only its terms match as prefixes; a word the index knows is taken as meant,
 * only an unknown one ("apolgy") is matched fuzzily. Both widen what a query matches, and its cost.
 */
export function querySpecs(index: SiteIndex, query: string): TermSpec[] {
  const words = tokenize(query);
  const specs: TermSpec[] = [];
  const slot = new Map<string, number>();
  let fuzzyWords = 0;
  words.forEach((word, position) => {
    const isLast = position === words.length - 1;
    queryTerms(word, index.synonyms).forEach((term, i) => {
      if (slot.has(term) || slot.size >= MAX_QUERY_TERMS) return;
      slot.set(term, slot.size);
      const known = indexOf(index.bm25.terms, term) >= 0;
      const fuzzy = !known && term.length > 4 && fuzzyWords < MAX_FUZZY_WORDS ? Math.min(MAX_EDITS, Math.round(term.length * FUZZINESS)) : 0;
      if (fuzzy) fuzzyWords++;
      // Only what is being typed can be unfinished: the last word itself (i = 0), not its synonyms.
      specs.push({ term, word: slot.get(term)!, prefix: isLast && i === 0 && term.length > 2, fuzzy });
    });
  });
  return specs.slice(0, LIMITS.words);
}

function passesFilters(index: SiteIndex, doc: number, { tag, stage }: Filters): boolean {
  return (!tag || (index.tagBits[doc]! & (1 << TAG_SLUGS.indexOf(tag))) !== 0) && (!stage || (index.stageBits[doc]! & (1 << STAGE_SLUGS.indexOf(stage))) !== 0);
}

export interface Hit extends StoredDoc {
  doc: number;
  score: number;
  /** Index terms of the query (and their expansions) this document contains, for highlighting. */
  terms: string[];
}

/** The index terms among `expansions` that `doc` contains. */
export function matchedTerms(index: SiteIndex, expansions: readonly Expansion[], doc: number): string[] {
  const terms = new Set<string>();
  for (const { termIndex } of expansions) if (hasTerm(index.bm25, termIndex, doc)) terms.add(index.bm25.terms[termIndex]!);
  return [...terms];
}

/** The `limit` best documents for a query, optionally narrowed to a tag and/or stage. */
export function searchIndex(index: SiteIndex, query: string, filters: Filters = {}, limit = 20): Hit[] {
  const expansions = expand(index.bm25, querySpecs(index, query));
  const matches = index.scorer.score(expansions);
  const kept: number[] = [];
  for (let i = 0; i < matches.count; i++) if (passesFilters(index, matches.docs[i]!, filters)) kept.push(matches.docs[i]!);
  return topK(kept, kept.length, limit, (doc) => matches.scores[doc]!).map((doc) => ({
    ...index.docs[doc]!,
    doc,
    score: matches.scores[doc]!,
    terms: matchedTerms(index, expansions, doc),
  }));
}
