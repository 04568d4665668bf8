/**
 * The search engine, built on MiniSearch: one document per passage (each section of each article,
 * plus each article's introduction) and one per tag and stage page. Pure: no file system, so the
 * same code answers on the server and, from the prebuilt index, in the browser.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { indexTerm, queryTerms, tokenize } from "./terms";

export interface SearchDoc {
  id: string;
  kind: "passage" | "tag" | "stage";
  url: string;
  /** Article title, or the tag's or stage's name. */
  title: string;
  /** Section heading (passages only). */
  heading: string;
  /** Tag names and slugs, for matching; the facet values are in tagSlugs. */
  tags: string;
  body: string;
  articleSlug: string;
  tagSlugs: string[];
  stageSlugs: string[];
}

export const SEARCH_FIELDS = ["title", "heading", "tags", "body"] as const;
const STORED_FIELDS = ["kind", "url", "title", "heading", "body", "articleSlug", "tagSlugs", "stageSlugs"] as const;

// Title > heading > tags > body. Prefix and a small fuzzy distance forgive unfinished and misspelled words.
export const SEARCH_OPTIONS = {
  boost: { title: 3, heading: 2.5, tags: 2, body: 1 },
  prefix: (term: string) => term.length > 2,
  fuzzy: (term: string) => (term.length > 4 ? 0.25 : false),
  combineWith: "OR" as const,
  processTerm: queryTerms,
};

export const MINISEARCH_OPTIONS = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize,
  processTerm: indexTerm,
  searchOptions: SEARCH_OPTIONS,
};

export type Index = MiniSearch<SearchDoc>;

export function createIndex(docs: SearchDoc[]): Index {
  const index = new MiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
  index.addAll(docs);
  return index;
}

export function loadIndex(json: string): Index {
  return MiniSearch.loadJSON<SearchDoc>(json, MINISEARCH_OPTIONS);
}

export interface Filters {
  tag?: string;
  stage?: string;
}

export type Hit = SearchResult & Omit<SearchDoc, "id" | "tags">;

/** Raw ranked hits for a query, optionally narrowed to one tag and/or stage. */
export function searchIndex(index: Index, query: string, filters: Filters = {}): Hit[] {
  const filter = (hit: SearchResult) =>
    (!filters.tag || (hit.tagSlugs as string[]).includes(filters.tag)) &&
    (!filters.stage || (hit.stageSlugs as string[]).includes(filters.stage));
  return index.search(query, { filter }) as Hit[];
}
