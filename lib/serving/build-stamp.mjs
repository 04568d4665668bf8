/**
 * The build's stamp: a hash of everything a build is made from (code, styles, public files, the
 * lockfile, the content folder and the site URL). next.config.ts makes it Next's build ID and the
 * site-wide ETag (etag.ts); `npm start` compares it with the build ID in .next to decide whether to
 * rebuild (scripts/lib/prepare.mjs). A hash rather than a random ID, so every process that loads the
 * config during one build agrees on it, and instances built apart from the same sources serve the same
 * validator (docs/deploy.md: one build, many instances).
 *
 * Plain JavaScript on Node's built-ins, because `npm start` needs it before node_modules exists.
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
 * The stamp of a build of `root` made with the settings in `env`: SITE_URL (pages embed absolute URLs),
 * CONTENT_DIR (read as lib/content/load.ts reads it; the default is `<root>/content`) and
 * PRERENDER_ARTICLES (how many articles the build prerenders, lib/dynamic-routes.ts).
 * @param {string} root the project folder
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function buildStamp(root, env) {
  const contentDir = path.resolve(root, env.CONTENT_DIR || "content");
  const hash = createHash("sha256").update(env.SITE_URL?.trim() ?? "").update("\0").update(env.PRERENDER_ARTICLES?.trim() ?? "").update("\0");
  const files = [...SOURCES.map((source) => path.join(root, source)), contentDir].flatMap(filesUnder).sort();
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file));
  return hash.digest("base64url").slice(0, 22);
}
