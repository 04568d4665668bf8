/**
 * A hash of everything a build is made from: next.config.ts makes it the build ID and site-wide ETag (etag.ts), and
 * `npm start` compares it with .next's build ID to decide whether to rebuild (scripts/lib/prepare.mjs). A hash, not a
 * random ID, so every process loading the config agrees and instances built apart serve the same validator
 * (docs/deploy.md). Plain JavaScript on Node's built-ins: `npm start` needs it before node_modules exists.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What a build reads besides node_modules (which the lockfile stands for) and the content folder. */
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "tsconfig.json", "package-lock.json", "scripts/lib/build-content.mts"];

/** @param {string} entry a file or folder; a missing one holds nothing */
function filesUnder(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile())
    .map((file) => path.join(file.parentPath, file.name));
}

/**
 * The stamp of a build of `root` with the settings that change its output: SITE_URL (pages embed absolute URLs),
 * CONTENT_DIR (as lib/content/load.ts reads it) and PRERENDER_ARTICLES (lib/dynamic-routes.ts).
 * @param {string} root the project folder @param {Record<string, string | undefined>} env @returns {string}
 */
export function buildStamp(root, env) {
  const contentDir = path.resolve(root, env.CONTENT_DIR || "content");
  const hash = createHash("sha256").update(env.SITE_URL?.trim() ?? "").update("\0").update(env.PRERENDER_ARTICLES?.trim() ?? "").update("\0");
  const files = [...SOURCES.map((source) => path.join(root, source)), contentDir].flatMap(filesUnder).sort();
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file));
  return hash.digest("base64url").slice(0, 22);
}
