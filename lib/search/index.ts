/**
 * The server's search, used by the /search pages and the /api/search endpoint alike. The index is
 * the file the build wrote (.next/search-index.bin; the development server writes it when it starts),
 * loaded once per process: a search never reads content/ and never imports the content loader.
 */
import { openSync, readSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { helpFor, type SearchHelp } from "./help";
import { deserializeIndex, INDEX_FILE_NAME, type ReadBytes } from "./index-file";
import type { SearchInput } from "./query";
import { runSearch, type Results } from "./results";
import type { Labels, SiteIndex } from "./site-index";

let loaded: SiteIndex | undefined;

function indexFile(): string {
  // The working directory is the project (next start, next dev) or .next/standalone (its server.js
  // changes to it); both hold the build in .next. Not traced by the bundler: next.config.ts ships it.
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

function siteIndex(): SiteIndex {
  loaded ??= deserializeIndex(fileReader(indexFile()));
  return loaded;
}

export interface SiteResults extends Omit<Results, "safety"> {
  /** Help to show before any result, when the query touches a kind of danger. */
  help?: SearchHelp;
}

/**
 * Repeated queries (page, filters and all), 500 pages of results at most: /search pages come from
 * Next's page cache, but the live search's /api/search asks the server again for every pause in typing.
 */
const recent = new LRUCache<string, SiteResults>({ max: 500 });

/** One page of results for cleaned input (see parseSearchInput), from the cache when asked before. */
export function search({ q, tag, stage, page }: SearchInput): SiteResults {
  const key = JSON.stringify([q, tag, stage, page]);
  let results = recent.get(key);
  if (!results) {
    const { safety, ...found } = runSearch(siteIndex(), q, { tag, stage }, page);
    const help = helpFor(safety);
    results = { ...found, ...(help ? { help } : {}) };
    recent.set(key, results);
  }
  return results;
}

/** Topic and stage names, from the index (so a results page needs no content at run time). */
export function searchLabels(): Labels {
  return siteIndex().labels;
}

export { parseSearchInput, searchParamValues, type SearchInput } from "./query";
