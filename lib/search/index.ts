/**
 * The server's search, used by the /search page and the /api/search endpoint alike. In production
 * the index is the file the build wrote (.next/search-index.bin), loaded once per process: the
 * server never reads content/ to search. In development and tests it is built from the content
 * folder instead, once per process.
 */
import { openSync, readSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../content";
import { buildSiteSearch, INDEX_FILE_NAME } from "./build-index";
import { LruCache } from "./cache";
import { deserializeIndex, type Labels, type ReadBytes, type SiteIndex } from "./engine";
import type { SearchInput } from "./query";
import { runSearch, type Results } from "./results";
import { suggestSpelling } from "./spelling";

let cached: SiteIndex | undefined;

function indexFile(): string {
  // The working directory is the project (next start) or .next/standalone (its server.js changes to
  // it); both hold the build in .next. Not traced by the bundler: next.config.ts ships the file.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", INDEX_FILE_NAME);
}

/**
 * Reads bytes of the index file on demand. The file stays open for the life of the process: the
 * header and arrays are read once, and each shown passage's text when its snippet is made (from the
 * page cache: microseconds), so the texts, the largest part of the file, are never all in memory.
 */
function fileReader(file: string): ReadBytes {
  const fd = openSync(file, "r");
  return (start, end) => {
    // Buffer.alloc, not the shared pool: the arrays are viewed in place and need an aligned start.
    const bytes = Buffer.alloc(end - start);
    let done = 0;
    while (done < bytes.length) {
      const n = readSync(fd, bytes, done, bytes.length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    return bytes.subarray(0, done);
  };
}

function getSiteSearch(): SiteIndex {
  // Development and tests search the content as it is now; production only ever reads the build's file.
  cached ??= process.env.NODE_ENV === "production" ? deserializeIndex(fileReader(indexFile())) : buildSiteSearch(loadContent());
  return cached;
}

export interface SiteResults extends Results {
  /** "Did you mean": the query with unknown words replaced, when nothing matched. */
  suggestion?: string;
}

/** Repeated queries (page, filters and all) are served from here: 500 pages of results at most. */
const recent = new LruCache<SiteResults>(500);

/** One page of results for cleaned input (see parseSearchInput), from the cache when asked before. */
export function search({ q, tag, stage, page }: SearchInput): SiteResults {
  const key = JSON.stringify([q, tag, stage, page]);
  let results = recent.get(key);
  if (!results) {
    const index = getSiteSearch();
    const found = runSearch(index, q, { tag, stage }, page);
    const suggestion = q && found.total === 0 ? suggestSpelling(q, index.words) : undefined;
    results = suggestion ? { ...found, suggestion } : found;
    recent.set(key, results);
  }
  return results;
}

/** Topic and stage names, from the index (so a results page needs no content at run time). */
export function searchLabels(): Labels {
  return getSiteSearch().labels;
}

export { buildSiteSearch } from "./build-index";
export { runSearch } from "./results";
export { parseSearchInput, searchParamValues, type SearchInput } from "./query";
export { searchParamsFromKey } from "./results-key";
export { suggestSpelling } from "./spelling";
