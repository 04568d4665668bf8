// A copy of the app in bench/.work/<label> (inside the project, so it resolves the project's
// node_modules; ignored by git, lint and type checks), for builds with other content or settings than
// the project's own: the benchmark's synthetic sizes and the shared-cache test. The product's
// configuration knows nothing about them.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

/** What a copy of the app needs to build (everything else resolves from the project's node_modules). */
const APP_FILES = ["app", "components", "lib", "public", "scripts/lib/build-content.mts", "next.config.ts", "proxy.ts", "tsconfig.json", "package.json"];

/** Where copies of the project in `root` live. */
export const workDir = (/** @type {string} */ root) => path.join(root, "bench", ".work");

/**
 * A fresh copy of the sources of the project in `root` in bench/.work/<label>; returns its folder.
 * (The project's root is passed in: the browser tests load this file, and their loader cannot run
 * modules that find their own path.)
 * @param {string} root
 * @param {string} label
 */
export function copyApp(root, label) {
  const dir = path.join(workDir(root), label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of APP_FILES) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  }
  return dir;
}
