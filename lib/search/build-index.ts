/**
 * Builds the site's search index from the content folder. Runs once per build (next.config.ts calls
 * `writeSearchIndex` after compiling) and in development and tests, never per request.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContent, type Content } from "../content";
import { loadSearchTerms } from "../content/search-terms";
import { searchDocuments } from "./documents";
import { buildIndex, serializeIndex, type SiteIndex } from "./engine";
import { stemSynonyms } from "./synonyms";

/** Where the build puts the index, inside the build output folder. */
export const INDEX_FILE_NAME = "search-index.bin";

export function buildSiteSearch(content: Content, contentFolder?: string): SiteIndex {
  const { terms, file } = loadSearchTerms(contentFolder);
  return buildIndex(searchDocuments(content), stemSynonyms(terms, file), {
    tags: content.tags.map((t) => ({ slug: t.slug, name: t.name })),
    stages: content.stages.map((s) => ({ slug: s.slug, name: s.title })),
  });
}

/** Writes the index of the site's content into `distDir`; returns the file's path and size. */
export function writeSearchIndex(distDir: string): { file: string; bytes: number } {
  const bytes = serializeIndex(buildSiteSearch(loadContent()));
  mkdirSync(distDir, { recursive: true });
  const file = path.join(distDir, INDEX_FILE_NAME);
  writeFileSync(file, bytes);
  return { file, bytes: bytes.length };
}
