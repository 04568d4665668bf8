/**
 * The site's search index: the BM25 core (./core) over one document per passage (each section of
 * each article, plus each article's introduction) and one per tag and stage page, with what a results
 * page needs beside it: the stored documents, their topic and stage filters, the reader's vocabulary
 * (synonyms, phrases, known words for spelling) and the safety vocabulary. Built once per build
 * (./build-index.ts); the server loads the file the build wrote (./index-file.ts). Pure: no file system.
 */
import { STAGE_SLUGS, TAG_SLUGS, type StageSlug, type TagSlug } from "../taxonomy";
import { buildBm25, expand, hasTerm, Scorer, topK, type Bm25Index, type Expansion } from "./core";
import type { SearchDoc } from "./documents";
import { querySpecs } from "./query-specs";
import { isMarker, safetyMarkersOf, type SafetyIndex } from "./safety";
import type { Phrase, ReaderVocabulary } from "./synonyms";
import { plainWord, tokenize } from "../text";
import { indexTerm, type Synonyms } from "./terms";

/**
 * How much a match counts in each field. An article's introduction, a topic page and a stage page
 * carry their title in `title`; a passage carries its article's title only as `context`, weakly, so
 * that words of a title ("talk", "back") do not lift every passage of that article above the one
 * passage that is about them. The `safety` field holds one marker per kind of danger the passage
 * speaks to (./safety.ts), so a query that needs help puts those passages first.
 */
const FIELD_BOOSTS = { title: 2, context: 0.3, heading: 3, tags: 1, body: 1, safety: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];
/**
 * A heading counts a word half by how rare it is among headings and half by how rare it is across the
 * site: "breakup", "change" or "need" in a heading would otherwise outweigh a passage about what the
 * reader asked, while a heading's own word ("habits", "listen") still marks the passage about it.
 */
const DOCUMENT_IDF: Partial<Record<Field, number>> = { heading: 0.5 };

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

/** What the index file holds besides the postings and the passage texts. */
export interface IndexHeader {
  docs: StoredDoc[];
  synonyms: Synonyms;
  phrases: Phrase[];
  /** Every word of the site and every reader's word (plain, lowercased), sorted: for spelling. */
  words: string[];
  /** Names of topics and stages, so the results page needs no content at run time. */
  labels: Labels;
  safety: SafetyIndex;
}

export interface SiteIndex extends IndexHeader {
  bm25: Bm25Index;
  scorer: Scorer;
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
  /** The stems the readers' vocabulary has synonyms for, sorted: for spelling. */
  readerStems: string[];
  /** Buffers the results model reuses between queries (lib/search/results.ts). */
  scratch?: { best: Int32Array; slot: Int32Array; kept: Uint32Array; leaders: Uint32Array };
}

export interface Filters {
  tag?: TagSlug;
  stage?: StageSlug;
}

const bitsOf = <T extends string>(values: readonly T[], vocabulary: readonly T[]) =>
  values.reduce((bits, value) => bits | (1 << vocabulary.indexOf(value)), 0);

/** The text of each field of a document, for matching. */
function fieldTexts(doc: SearchDoc, safetyMarkers: string): Record<Field, string> {
  const passage = doc.kind === "passage" && doc.anchor !== "";
  return {
    title: passage ? "" : doc.title,
    context: passage ? doc.title : "",
    heading: doc.heading,
    tags: doc.tags,
    body: doc.body,
    safety: safetyMarkers,
  };
}

export function buildIndex(docs: SearchDoc[], reader: ReaderVocabulary, labels: Labels, safety: SafetyIndex): SiteIndex {
  // Stemming is the costly part of indexing and words repeat, so each distinct word is stemmed once.
  const stems = new Map<string, string | null>();
  const stem = (word: string) => {
    let term = stems.get(word);
    if (term === undefined) stems.set(word, (term = indexTerm(word)));
    return term;
  };
  const fieldInput = (field: Field, text: string) => {
    // Safety markers are index terms already, and weigh the same in every passage that has them
    // (one length for all), so the query's own words decide between those passages.
    if (field === "safety") return { terms: text ? text.split(" ") : [], length: 1 };
    const tokens = tokenize(text);
    return { terms: tokens.map(stem).filter((t): t is string => t !== null), length: new Set(tokens).size };
  };
  const markers = safetyMarkersOf(docs, safety);
  const bm25 = buildBm25(
    docs.map((doc, i) => {
      const texts = fieldTexts(doc, markers[i]!);
      return FIELDS.map((field) => fieldInput(field, texts[field]));
    }),
    FIELDS.map((field) => FIELD_BOOSTS[field]),
    FIELDS.map((field) => DOCUMENT_IDF[field] ?? 0),
  );
  const words = new Set<string>([...reader.words, ...reader.phrases.flatMap((phrase) => phrase.text)]);
  for (const doc of docs) for (const text of [doc.title, doc.heading, doc.body]) for (const w of tokenize(text)) if (w.length > 2) words.add(plainWord(w));
  const stored = docs.map(({ kind, slug, anchor, title, heading, tagSlugs, stageSlugs }): StoredDoc => ({ kind, slug, anchor, title, heading, tagSlugs, stageSlugs }));
  const header: IndexHeader = { docs: stored, synonyms: reader.synonyms, phrases: reader.phrases, words: [...words].sort(), labels, safety };
  return withDerived(header, bm25, (doc) => docs[doc]!.body);
}

/** The index from its parts: what is stored, plus what is quick to derive when it is loaded. */
export function withDerived(header: IndexHeader, bm25: Bm25Index, body: SiteIndex["body"]): SiteIndex {
  const { docs } = header;
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
  const readerStems = Object.keys(header.synonyms).sort();
  return { ...header, bm25, scorer: new Scorer(bm25), body, group, groupCount, tagBits, stageBits, readerStems };
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

/** The index terms among `expansions` that `doc` contains (safety markers are not words to mark). */
export function matchedTerms(index: SiteIndex, expansions: readonly Expansion[], doc: number): string[] {
  const terms = new Set<string>();
  for (const { termIndex } of expansions) {
    const term = index.bm25.terms[termIndex]!;
    if (!isMarker(term) && hasTerm(index.bm25, termIndex, doc)) terms.add(term);
  }
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
