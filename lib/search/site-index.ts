/**
 * The search index as the server holds it: BM25 (./core) over one document per passage, introduction, topic and stage
 * page, and what a results page needs beside it. The build and the server (./index-file.ts) meet here only.
 */
import type { SafetyGrammar } from "../safety-grammar";
import type { SafetyModel } from "../safety-model";
import { STAGE_SLUGS, TAG_SLUGS, type StageSlug, type TagSlug } from "../taxonomy";
import { Scorer, type Bm25Index } from "./core";

/** What a result shows of a document (the texts it is matched on are kept apart). */
export interface StoredDoc {
  kind: "passage" | "tag" | "stage";
  /** The article's slug for passages and introductions. */
  slug: string;
  /** The passage's heading anchor ("" for an introduction, a tag or a stage). */
  anchor: string;
  /** Article title, or the tag's or stage's name. */
  title: string;
  /** A passage's heading and the questions it answers (empty for introductions and pages). */
  heading: string;
  questions: string[];
  tagSlugs: TagSlug[];
  stageSlugs: StageSlug[];
  /** A passage that advises contact: its result shows the contact gate's line, never a snippet (a cut could lose its conditions). */
  advisesContact: boolean;
}

/** Stems of a reader's words → stems of the words they also stand for (content/search-terms.yaml). */
export type Synonyms = Readonly<Record<string, readonly string[]>>;

/** A reader's phrase: its words as phrase terms, and the index terms it stands for. */
export interface Phrase {
  words: string[];
  terms: string[];
}

export interface Labels {
  tags: { slug: TagSlug; name: string }[];
  stages: { slug: StageSlug; name: string }[];
}

/** What the index file holds besides the postings and the passage texts. */
export interface IndexHeader {
  docs: StoredDoc[];
  synonyms: Synonyms;
  /** Longest first, so "left on read" is found before a shorter phrase inside it. */
  phrases: Phrase[];
  /** Every word a query may be corrected to, plain and sorted. */
  words: string[];
  /** So the results page needs no content at run time. */
  labels: Labels;
  /** How a reader in trouble says so (content/safety-grammar.yaml), so a server knows when to help. */
  safety: SafetyGrammar;
  /** The learned second reader beside the grammar. */
  safetyModel: SafetyModel;
}

export interface SiteIndex extends IndexHeader {
  bm25: Bm25Index;
  scorer: Scorer;
  /** A document's text, for its snippet: decoded from the file only for results shown, never all as strings. */
  body: (doc: number) => string;
  /** Result group of each document: one per article, one per tag or stage page. */
  group: Uint32Array;
  groupCount: number;
  /** Bit i set: the document carries TAG_SLUGS[i] (resp. STAGE_SLUGS[i]). */
  tagBits: Uint8Array;
  stageBits: Uint8Array;
  /** The stems the readers' vocabulary has synonyms for, sorted: an inflected misspelling reaches them. */
  readerStems: string[];
}

export interface Filters {
  tag?: TagSlug;
  stage?: StageSlug;
}

const bitsOf = <T extends string>(values: readonly T[], vocabulary: readonly T[]) =>
  values.reduce((bits, value) => bits | (1 << vocabulary.indexOf(value)), 0);

/** The index from what is stored, plus what is quick to derive when it is loaded. */
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
