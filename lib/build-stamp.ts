/**
 * The build's stamp: a hash of everything a build is made from (code, styles, public files, the
 * lockfile, the content and the site URL). next.config.ts uses it as Next's build ID and as the
 * site-wide ETag (lib/etag.ts). A hash rather than a random ID, so that every process that loads the
 * config during one build agrees on it, and so that instances built apart from the same sources
 * serve the same validator (docs/deploy.md: one build, many instances).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What a build reads besides node_modules (which the lockfile stands for). */
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "tsconfig.json", "package-lock.json"];

function filesUnder(entry: string): string[] {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile())
    .map((file) => path.join(file.parentPath, file.name));
}

export function buildStamp({ root, contentDir, siteUrl }: { root: string; contentDir: string; siteUrl: string }): string {
  const hash = createHash("sha256").update(siteUrl);
  const files = [...SOURCES.map((source) => path.join(root, source)), contentDir].flatMap(filesUnder).sort();
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file));
  return hash.digest("base64url").slice(0, 22);
}
