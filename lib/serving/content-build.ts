/**
 * The build's content step (scripts/lib/build-content.mts), run before Next compiles: read and check content/ once,
 * write the content snapshot, search index and what the config needs. Its own process, because thousands of articles
 * take most of a gigabyte the rest of the build never needs back. Its folder under .next/cache (which `next build`
 * keeps) is named after the stamp, so a second build of the same sources reuses it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContent, type Content } from "../content/load";
import { reviewsDue } from "../content/reviews";
import { routes } from "../routes";
import { writeSearchIndex } from "../search/build-index";
import { INDEX_FILE_NAME } from "../search/index-file";
import { writeContentSnapshot } from "./content-snapshot";
import { CONTENT_SNAPSHOT_FILES } from "./content-snapshot-files.mjs";

export interface ContentBuild {
  redirects: { source: string; destination: string; permanent: true }[];
  due: string[];
}

const RESULT = "content-build.json";
const BUILD_FILES = [INDEX_FILE_NAME, ...CONTENT_SNAPSHOT_FILES];

export function contentBuildDir(root: string, stamp: string): string {
  return path.join(root, ".next", "cache", "content", stamp);
}

/** Former slugs (front matter `aliases`) as permanent redirects to the article's URL. */
export function aliasRedirects(content: Content): ContentBuild["redirects"] {
  return content.articles.flatMap((article) => article.aliases.map((alias) => ({ source: routes.article(alias), destination: routes.article(article.slug), permanent: true as const })));
}

/** Runs the content step into `dir`, in the step's own process. */
export function buildContent(dir: string, etag: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = loadContent();
  const result: ContentBuild = { redirects: aliasRedirects(content), due: reviewsDue(content) };
  writeContentSnapshot(dir, content, etag);
  writeSearchIndex(dir);
  // Written last: its presence says the folder is complete.
  writeFileSync(path.join(dir, RESULT), JSON.stringify(result));
}

/** The result of a finished content step in `dir`, if any. */
export function readContentBuild(dir: string): ContentBuild | undefined {
  const file = path.join(dir, RESULT);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ContentBuild) : undefined;
}

/** Puts the content step's files from `dir` into the build folder `distDir`, and forgets other builds' steps. */
export function installContentBuild(dir: string, distDir: string): void {
  // A copy, not a link: whatever later writes to the build folder's file must not change the cache.
  for (const file of BUILD_FILES) copyFileSync(path.join(dir, file), path.join(distDir, file));
  const parent = path.dirname(dir);
  for (const other of readdirSync(parent)) if (other !== path.basename(dir)) rmSync(path.join(parent, other), { recursive: true, force: true });
}
