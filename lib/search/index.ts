/**
 * The server's search, for the /search pages and /api/search: the index file the build (or the development server)
 * wrote, loaded once per process. A search never reads content/ and never imports the content loader.
 */
import { openSync, readSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { perBuild } from "../serving/process-wide";
import { helpFor, type SearchHelp } from "./help";
import { deserializeIndex, INDEX_FILE_NAME, type ReadBytes } from "./index-file";
import type { SearchInput } from "./query";
import { runSearch, type Results } from "./results";
import type { Labels, SiteIndex } from "./site-index";

/** The file stays open: header and arrays are read once, a shown passage's text per snippet (from the OS cache). */
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

let loaded: SiteIndex | undefined;

function siteIndex(): SiteIndex {
  // One per process, though the results pages and /api/search are separate bundles (lib/serving/process-wide.ts).
  // The working directory (project or .next/standalone) holds the build in .next. Untraced: next.config.ts ships it.
  loaded ??= perBuild("search-index", () => deserializeIndex(fileReader(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", INDEX_FILE_NAME))));
  return loaded;
}

export interface SiteResults extends Omit<Results, "safety" | "lines"> {
  help?: SearchHelp;
}

/** /search pages come from Next's page cache, but the live search's /api/search asks again at every pause in typing. */
const recent = new LRUCache<string, SiteResults>({ max: 500 });

/** One page of results for cleaned input (see parseSearchInput). */
export function search({ q, tag, stage, page }: SearchInput): SiteResults {
  const key = JSON.stringify([q, tag, stage, page]);
  let results = recent.get(key);
  if (!results) {
    const { safety, lines, ...found } = runSearch(siteIndex(), q, { tag, stage }, page);
    const help = helpFor(safety, lines);
    results = { ...found, ...(help ? { help } : {}) };
    recent.set(key, results);
  }
  return results;
}

/** Topic and stage names, from the index (a results page needs no content at run time). */
export function searchLabels(): Labels {
  return siteIndex().labels;
}

export { parseSearchInput, searchParamValues, type SearchInput } from "./query";
