/**
 * The search engine, built on MiniSearch: one document per passage (each section of each article,
 * plus each article's introduction) and one per tag and stage page. Pure: no file system, so the
 * same code answers on the server and, from the prebuilt index, in the browser.
 */
import MiniSearch, { type AsPlainObject, type SearchResult } from "minisearch";
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

const SEARCH_FIELDS = ["title", "heading", "tags", "body"] as const;
const STORED_FIELDS = ["kind", "url", "title", "heading", "body", "articleSlug", "tagSlugs", "stageSlugs"] as const;

// Title > heading > tags > body. Prefix matching (for the word being typed) and typo tolerance (for
// words the index does not know) are decided per search, in searchIndex.
const SEARCH_OPTIONS = {
  boost: { title: 3, heading: 2.5, tags: 2, body: 1 },
  combineWith: "OR" as const,
  processTerm: queryTerms,
};

/** Edit distance allowed for an unknown word, as a share of its length (so about 1 typo in 4–7 letters, 2 in 8+). */
const FUZZINESS = 0.25;

const MINISEARCH_OPTIONS = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize,
  processTerm: indexTerm,
  searchOptions: SEARCH_OPTIONS,
};

/**
 * The MiniSearch index plus the set of terms it holds. Serializes (JSON.stringify) to MiniSearch's
 * own format, which also carries the terms, so the browser rebuilds the same pair from one file.
 */
export interface Index {
  mini: MiniSearch<SearchDoc>;
  terms: ReadonlySet<string>;
  toJSON(): AsPlainObject;
}

function withTerms(mini: MiniSearch<SearchDoc>, plain: AsPlainObject = mini.toJSON()): Index {
  return { mini, terms: new Set(plain.index.map(([term]) => term)), toJSON: () => mini.toJSON() };
}

export function createIndex(docs: SearchDoc[]): Index {
  const mini = new MiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
  mini.addAll(docs);
  return withTerms(mini);
}

export function loadIndex(json: string): Index {
  const plain = JSON.parse(json) as AsPlainObject;
  return withTerms(MiniSearch.loadJS<SearchDoc>(plain, MINISEARCH_OPTIONS), plain);
}

export interface Filters {
  tag?: string;
  stage?: string;
}

export type Hit = SearchResult & Omit<SearchDoc, "id" | "tags">;

/** True when a hit carries the filter's tag and stage (each only if given). */
export function passesFilters(hit: Pick<SearchDoc, "tagSlugs" | "stageSlugs">, { tag, stage }: Filters): boolean {
  return (!tag || hit.tagSlugs.includes(tag)) && (!stage || hit.stageSlugs.includes(stage));
}

/** Raw ranked hits for a query, optionally narrowed to one tag and/or stage. */
export function searchIndex(index: Index, query: string, filters: Filters = {}): Hit[] {
  const filter = (hit: SearchResult) => passesFilters(hit as Hit, filters);
  // Only the last word may be unfinished ("apol" → apology), so only its terms match as prefixes.
  // A word the index knows is taken as meant; only an unknown one ("apolgy") is matched fuzzily.
  // Both widen the set of matching passages, which is what a query's cost grows with.
  const lastWord = new Set(queryTerms(tokenize(query).at(-1) ?? "") ?? []);
  const prefix = (term: string) => term.length > 2 && lastWord.has(term);
  const fuzzy = (term: string) => (term.length > 4 && !index.terms.has(term) ? FUZZINESS : false);
  return index.mini.search(query, { filter, prefix, fuzzy }) as Hit[];
}
