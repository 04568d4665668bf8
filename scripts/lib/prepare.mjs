// Shared by `npm start`, `npm test` and the benchmark: install what is missing and build when the
// build is missing or older than its sources. Node built-ins only: this runs before node_modules exists.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${status})`);
    process.exit(status);
  }
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** npm install when node_modules is missing or older than package.json / package-lock.json. */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const wanted = Math.max(newestMtime(path.join(root, "package.json")), newestMtime(path.join(root, "package-lock.json")));
  if (existsSync(marker) && statSync(marker).mtimeMs >= wanted) return;
  console.log("› Installing dependencies (npm install)…");
  // `npm ci` cannot be used here: the lockfile names platform binaries the registry lacks.
  must("npm", ["install", "--no-audit", "--no-fund"], { env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });
}

const BUILD_INPUTS = ["app", "components", "lib", "content", "public", "next.config.ts", "proxy.ts", "package.json", "tsconfig.json"];

/**
 * Settings baked into the static pages: a build made with other values is stale even if no file changed.
 * Every `next build` records its values (lib/build-settings.ts, called from next.config.ts), however it
 * was started; a build without the record is treated as stale.
 */
function builtWithCurrentSettings() {
  const file = path.join(root, ".next", "second-chance-build.json");
  if (!existsSync(file)) return false;
  return Object.entries(JSON.parse(readFileSync(file, "utf8"))).every(([name, value]) => (process.env[name] ?? "") === value);
}

/**
 * next build when there is no build, any source is newer than it, or it was built with other settings.
 * `standalone` also wants the self-contained server of `npm run build:standalone` (BUILD_STANDALONE=1,
 * read by next.config.ts); a standalone build serves `next start` as well, so only its absence rebuilds.
 */
export function ensureBuild({ standalone = false } = {}) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sources = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(root, p))));
  const sameSettings = builtWithCurrentSettings();
  const hasServer = !standalone || existsSync(path.join(root, ".next", "standalone", "server.js"));
  if (built > sources && sameSettings && hasServer) return;
  console.log(
    !built ? "› No production build yet: building…"
    : built <= sources ? "› Sources changed since the last build: building…"
    : !sameSettings ? "› Built with other settings (SITE_URL/CONTENT_DIR): building…"
    : "› The last build has no standalone server: building one…",
  );
  must(path.join(root, "node_modules", ".bin", "next"), ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1", BUILD_STANDALONE: standalone ? "1" : "" } });
}
