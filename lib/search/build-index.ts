/**
 * Builds the site's search index from the content folder and writes it where the server reads it.
 * Runs once per build (next.config.ts, after compiling) and when the development server starts; a
 * search request never builds an index or reads content/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContent, type Content } from "../content";
import { ContentError, contentDir } from "../content/load";
import { readSafetyTermsText, SAFETY_TERMS_FILE } from "../content/read";
import { parseSafetyVocabulary } from "../safety-terms";
import { searchDocuments } from "./documents";
import { buildIndex, type SiteIndex } from "./engine";
import { INDEX_FILE_NAME } from "./index-file-name";
import { serializeIndex } from "./index-file";
import { loadSearchTerms } from "./search-terms";
import { readerVocabulary } from "./synonyms";

export function buildSiteSearch(content: Content, contentFolder: string = contentDir()): SiteIndex {
  const { terms, file } = loadSearchTerms(contentFolder);
  const problems: string[] = [];
  const safetyText = readSafetyTermsText(contentFolder, problems);
  if (safetyText === undefined) throw new ContentError(problems);
  const vocabulary = parseSafetyVocabulary(safetyText, path.join(path.basename(path.resolve(contentFolder)), SAFETY_TERMS_FILE));
  return buildIndex(
    searchDocuments(content),
    readerVocabulary(terms, file),
    {
      tags: content.tags.map((t) => ({ slug: t.slug, name: t.name })),
      stages: content.stages.map((s) => ({ slug: s.slug, name: s.title })),
    },
    { vocabulary },
  );
}

/** Writes the index of the site's content into `distDir`; returns the file's path and size. */
export function writeSearchIndex(distDir: string): { file: string; bytes: number } {
  const bytes = serializeIndex(buildSiteSearch(loadContent()));
  mkdirSync(distDir, { recursive: true });
  const file = path.join(distDir, INDEX_FILE_NAME);
  writeFileSync(file, bytes);
  return { file, bytes: bytes.length };
}
