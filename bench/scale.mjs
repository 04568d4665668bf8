// The benchmark's scale part: synthetic content at several sizes, the search engine measured in
// process (bench/scale.ts), `next build` timed in a copy of the project, and the memory of a serving
// instance with each size's search index. Builds happen in bench/.work/ (inside the project, so the
// copy resolves node_modules like the real app; removed afterwards): the product's config knows
// nothing about the benchmark.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "../scripts/lib/prepare.mjs";
import { rssSampler, startServer, treeRssMB } from "./processes.mjs";
import { generateContent } from "./synthetic.mjs";

const WORK = path.join(root, "bench", ".work");
/** What a copy of the app needs to build (everything else resolves from the project's node_modules). */
const APP_FILES = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "tsconfig.json", "package.json"];

/**
 * Synthetic content folders for each size, in a scratch folder.
 * @param {number[]} sizes
 */
export function generateScaleContent(sizes) {
  const scratch = path.join(os.tmpdir(), `second-chance-bench-${process.pid}`);
  const dirs = sizes.map((n) => generateContent(path.join(root, "content"), path.join(scratch, `content-${n}`), n));
  return { dirs, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

/**
 * Engine figures per folder (bench/scale.ts through tsx); each folder's index is left beside it.
 * @param {string[]} dirs
 * @returns {import("./scale.ts").ScaleFigures[]}
 */
export function measureEngine(dirs) {
  const out = path.join(path.dirname(/** @type {string} */ (dirs[0])), "scale.json");
  const result = spawnSync("npm", ["run", "--silent", "bench:scale", "--", out, ...dirs], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
  });
  if (result.status !== 0) throw new Error("bench:scale failed");
  return JSON.parse(readFileSync(out, "utf8"));
}

/**
 * `next build` of a copy of the app on `contentDir`: seconds and peak memory of the build's process tree.
 * @param {string} contentDir
 * @param {string} label
 */
export async function buildCopy(contentDir, label) {
  const dir = path.join(WORK, label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of APP_FILES) cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  process.stdout.write(`› building the site with ${label}… `);
  const start = performance.now();
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: contentDir },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const sampler = rssSampler(/** @type {number} */ (child.pid));
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on("exit", resolve));
  const peakMB = Math.round(sampler.stop());
  const seconds = +((performance.now() - start) / 1000).toFixed(1);
  if (status !== 0) throw new Error(`next build with ${label} failed:\n${stderr}`);
  console.log(`${seconds} s, peak ${peakMB} MB`);
  return { dir, seconds, peakMB };
}

/**
 * Resident memory of `next start` serving `copyDir`'s build with the search index `indexFile`, after
 * it has answered searches (the index loads on the first one) and a few pages.
 */
export async function servingRss(/** @type {string} */ copyDir, /** @type {string | undefined} */ indexFile) {
  if (indexFile) cpSync(indexFile, path.join(copyDir, ".next", "search-index.bin"));
  const server = await startServer(copyDir, { env: { NODE_OPTIONS: "" } });
  try {
    for (const q of ["should+I+text+them", "apologize", "contact", "appologise", "apol"]) {
      for (const prefix of ["/search?q=", "/api/search?q="]) {
        const response = await fetch(`${server.base}${prefix}${q}`);
        if (!response.ok) throw new Error(`${prefix}${q} answered ${response.status}`);
      }
    }
    await fetch(`${server.base}/`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return Math.round(treeRssMB(/** @type {number} */ (server.child.pid)));
  } finally {
    server.stop();
  }
}

export function removeWork() {
  if (existsSync(WORK)) rmSync(WORK, { recursive: true, force: true });
}
