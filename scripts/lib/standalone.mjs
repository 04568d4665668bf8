// The artefact the Dockerfile ships, assembled in a folder: the self-contained server of
// `npm run build:standalone` plus what it leaves to a CDN by default (hashed assets, public/), the
// search index and the content snapshot the build wrote (pages rendered on request read it). Nothing
// else: the server reads no content/ at run time.
import { cpSync } from "node:fs";
import path from "node:path";
import { CONTENT_SNAPSHOT_FILES } from "../../lib/serving/content-snapshot-files.mjs";
import { root } from "./prepare.mjs";

/**
 * Copies the standalone server into `target` (the build's own .next/standalone when omitted) the way
 * the Dockerfile's last stage does, and returns the path of its server.js.
 * @param {string} [target]
 */
export function assembleStandalone(target = path.join(root, ".next", "standalone")) {
  const built = path.join(root, ".next");
  const standalone = path.join(built, "standalone");
  if (target !== standalone) cpSync(standalone, target, { recursive: true });
  cpSync(path.join(built, "static"), path.join(target, ".next", "static"), { recursive: true });
  for (const file of ["search-index.bin", ...CONTENT_SNAPSHOT_FILES]) cpSync(path.join(built, file), path.join(target, ".next", file));
  cpSync(path.join(root, "public"), path.join(target, "public"), { recursive: true });
  return path.join(target, "server.js");
}
