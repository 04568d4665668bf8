// Shared by `npm start`, `npm test` and the benchmark: install the locked dependencies when they are
// missing or stale, and build when the build in .next is not the build of the sources as they are.
// Node built-ins only: this runs before node_modules exists.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildStamp } from "../../lib/serving/build-stamp.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Runs a command in the project folder with this process's environment plus `options.env`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string>, cwd?: string }} [options]
 * @returns {number} its exit status
 */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string> }} [options]
 * @param {() => void} [onFailure] cleans up before the process exits
 */
function must(command, args, options, onFailure) {
  const status = run(command, args, options);
  if (status === 0) return;
  onFailure?.();
  console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${status})`);
  process.exit(status);
}

/** @param {string} file */
const readText = (file) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);

/** @param {string} file */
function readJson(file) {
  const text = readText(file);
  return text === undefined ? undefined : JSON.parse(text);
}

/**
 * Whether node_modules holds the tree package-lock.json locks. npm records the tree it installed in
 * node_modules/.package-lock.json: every locked package must be there exactly as locked (optional ones
 * for other platforms aside), and nothing else.
 */
export function dependenciesMatchLock(projectRoot = root) {
  /** @type {Record<string, { optional?: boolean }> | undefined} */
  const locked = readJson(path.join(projectRoot, "package-lock.json"))?.packages;
  /** @type {Record<string, unknown> | undefined} */
  const installed = readJson(path.join(projectRoot, "node_modules", ".package-lock.json"))?.packages;
  if (!locked || !installed) return false;
  const asLocked = Object.entries(locked).every(([where, entry]) =>
    where === "" || (where in installed ? JSON.stringify(installed[where]) === JSON.stringify(entry) : entry.optional === true),
  );
  return asLocked && Object.keys(installed).every((where) => where in locked);
}

/** `npm ci` (exactly the lockfile's tree) unless node_modules already holds it. */
export function ensureDependencies() {
  if (dependenciesMatchLock()) return;
  console.log("› Installing the locked dependencies (npm ci)…");
  must("npm", ["ci", "--no-audit", "--no-fund"], { env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });
}

/**
 * Why `next build` must run before serving, or undefined when the build in .next is current: its build
 * ID is the stamp of the sources, content and settings as they are now (lib/serving/build-stamp.mjs,
 * the one definition of what a build is made from). `standalone` also wants the self-contained server
 * of `npm run build:standalone`; a standalone build serves `next start` as well.
 * @param {{ root?: string, env?: Record<string, string | undefined>, standalone?: boolean }} [options]
 * @returns {string | undefined}
 */
export function rebuildReason({ root: projectRoot = root, env = process.env, standalone = false } = {}) {
  const buildId = readText(path.join(projectRoot, ".next", "BUILD_ID"));
  if (buildId === undefined) return "No production build yet";
  if (buildId.trim() !== buildStamp(projectRoot, env)) return "The sources, content, SITE_URL, CONTENT_DIR or PRERENDER_ARTICLES changed since the last build";
  if (standalone && !existsSync(path.join(projectRoot, ".next", "standalone", "server.js"))) return "The last build has no standalone server";
  return undefined;
}

/** `next build` when `rebuildReason` gives one. A failed build leaves no build ID, so the next run builds again. */
export function ensureBuild({ standalone = false } = {}) {
  const reason = rebuildReason({ standalone });
  if (!reason) return;
  console.log(`› ${reason}: building…`);
  const env = { NEXT_TELEMETRY_DISABLED: "1", BUILD_STANDALONE: standalone ? "1" : "" };
  must(path.join(root, "node_modules", ".bin", "next"), ["build"], { env }, () => rmSync(path.join(root, ".next", "BUILD_ID"), { force: true }));
}
