/**
 * The server's search: the index is built once per process from the loaded content (the build
 * also writes it out as /search-index.json for the browser), never per request.
 */
import { loadContent, type Content } from "../content";
import { createIndex, type Index } from "./engine";
import { searchDocuments } from "./documents";
import { buildVocabulary } from "./spelling";

export interface SiteSearch {
  index: Index;
  vocabulary: Set<string>;
}

let cached: { content: Content; search: SiteSearch } | undefined;

export function buildSiteSearch(content: Content): SiteSearch {
  const docs = searchDocuments(content);
  return {
    index: createIndex(docs),
    vocabulary: buildVocabulary(docs.flatMap((d) => [d.title, d.heading, d.body])),
  };
}

export function getSiteSearch(): SiteSearch {
  const content = loadContent();
  if (cached?.content !== content) cached = { content, search: buildSiteSearch(content) };
  return cached.search;
}

export { runSearch } from "./results";
export { parseSearchInput } from "./query";
export { suggestSpelling } from "./spelling";
