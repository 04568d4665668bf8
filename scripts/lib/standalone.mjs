// The artefact the Dockerfile ships, assembled in a folder: the self-contained server of
// `npm run build:standalone` plus what it leaves to a CDN by default (hashed assets, public/) and the
// search index the build wrote. Nothing else: the server reads no content/ at run time.
import { cpSync } from "node:fs";
import path from "node:path";
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
  cpSync(path.join(built, "search-index.bin"), path.join(target, ".next", "search-index.bin"));
  cpSync(path.join(root, "public"), path.join(target, "public"), { recursive: true });
  return path.join(target, "server.js");
}
