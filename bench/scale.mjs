// The benchmark's scale part: synthetic content at several sizes, the search engine measured in
// process (bench/scale.ts), `next build` timed in a copy of the project, and the memory of a serving
// instance with each size's search index. Builds happen in bench/.work/ (inside the project, so the
// copy resolves node_modules like the real app; removed afterwards): the product's config knows
// nothing about the benchmark.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { copyApp, workDir } from "../scripts/lib/app-copy.mjs";
import { root } from "../scripts/lib/prepare.mjs";
import { loadRun } from "./load.mjs";
import { rssSampler, startServer, treeRssMB } from "./processes.mjs";
import { generateContent } from "./synthetic.mjs";


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
 * `next build` of a copy of the app on `contentDir`: wall seconds, CPU seconds (user + system of the
 * whole process tree, which a busy machine does not inflate as it does the wall clock), the peak
 * resident memory of the whole tree, and the machine's load average while it ran.
 * @param {string} contentDir
 * @param {string} label
 * @param {Record<string, string>} [env] more settings for the build (PRERENDER_ARTICLES)
 */
export async function buildCopy(contentDir, label, env = {}) {
  const dir = copyApp(root, label);
  process.stdout.write(`› building the site with ${label}… `);
  const start = performance.now();
  // The shell reports its children's CPU time (`times`) once the build has ended.
  const child = spawn("/bin/sh", ["-c", `"$0" build >/dev/null; status=$?; times >&2; exit $status`, path.join(root, "node_modules", ".bin", "next")], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: contentDir, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const sampler = rssSampler(/** @type {number} */ (child.pid));
  const loads = [os.loadavg()[0] ?? 0];
  const loadTimer = setInterval(() => loads.push(os.loadavg()[0] ?? 0), 5000);
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const status = await new Promise((resolve) => child.on("exit", resolve));
  clearInterval(loadTimer);
  const peakMB = Math.round(sampler.stop());
  const seconds = +((performance.now() - start) / 1000).toFixed(1);
  if (status !== 0) throw new Error(`next build with ${label} failed:\n${stderr}`);
  // `times` prints the shell's own user and system time, then its children's: "1m2.5s 0m3.1s".
  const [user = 0, system = 0] = [...(stderr.trim().split("\n").at(-1) ?? "").matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  const cpuSeconds = +(user + system).toFixed(1);
  const loadAverage = +(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1);
  console.log(`${seconds} s (${cpuSeconds} s of CPU, load average ${loadAverage}), peak ${peakMB} MB`);
  return { dir, seconds, cpuSeconds, peakMB, loadAverage };
}

const percentile = (/** @type {number[]} */ sorted, /** @type {number} */ p) => /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
const summary = (/** @type {number[]} */ times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: times.length, p50Ms: +percentile(sorted, 50).toFixed(1), p95Ms: +percentile(sorted, 95).toFixed(1), p99Ms: +percentile(sorted, 99).toFixed(1) };
};

/** Milliseconds for one whole response; its x-nextjs-cache header. */
async function timedGet(/** @type {string} */ url) {
  const start = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms, cache: response.headers.get("x-nextjs-cache") };
}

/**
 * Articles of `copyDir`'s build on a fresh `next start`, one request at a time: the first visit of
 * `count` articles the build did not prerender (each rendered then), the second visit of the same
 * articles (from the cache), and prerendered articles asked twice each (first read from the build
 * folder, then from memory), then throughput of one article of each kind for a few seconds.
 * @param {string} copyDir
 * @param {number} count
 */
export async function firstVisits(copyDir, count = 80) {
  const manifest = JSON.parse(readFileSync(path.join(copyDir, ".next", "prerender-manifest.json"), "utf8"));
  const prerendered = Object.keys(manifest.routes).filter((route) => /^\/articles\/[^/]+$/.test(route) && route !== "/articles/page");
  const catalog = JSON.parse(readFileSync(path.join(copyDir, ".next", "content-catalog.json"), "utf8"));
  const built = new Set(prerendered);
  const all = catalog.content.articles.map((/** @type {{ slug: string }} */ a) => `/articles/${a.slug}`);
  const rest = all.filter((/** @type {string} */ route) => !built.has(route));
  // Spread over the whole archive, the same articles every run.
  const unopened = Array.from({ length: Math.min(count, rest.length) }, (_, i) => /** @type {string} */ (rest[Math.floor((i * rest.length) / Math.min(count, rest.length))]));
  const server = await startServer(copyDir, { env: { NODE_OPTIONS: "" } });
  try {
    // The server's own start-up work (the first request of all, the content catalog) is not an article's.
    await fetch(`${server.base}/`);
    await fetch(`${server.base}${prerendered[0]}`);
    const first = [];
    for (const route of unopened) {
      const { ms, cache } = await timedGet(server.base + route);
      if (cache === "HIT") throw new Error(`${route} was already in the cache`);
      first.push(ms);
    }
    const second = [];
    for (const route of unopened) second.push((await timedGet(server.base + route)).ms);
    const prerenderedFirst = [];
    const prerenderedSecond = [];
    for (const route of prerendered.slice(1, 1 + count)) {
      prerenderedFirst.push((await timedGet(server.base + route)).ms);
      prerenderedSecond.push((await timedGet(server.base + route)).ms);
    }
    const loadSeconds = 5;
    const onDemandLoad = await loadRun(server, /** @type {string} */ (unopened[0]), loadSeconds);
    const prerenderedLoad = await loadRun(server, /** @type {string} */ (prerendered[1]), loadSeconds);
    return {
      prerenderedArticles: prerendered.length,
      onDemandArticles: rest.length,
      firstVisit: summary(first),
      secondVisit: summary(second),
      prerenderedFirstVisit: summary(prerenderedFirst),
      prerenderedSecondVisit: summary(prerenderedSecond),
      secondVsPrerendered: +(summary(second).p50Ms / summary(prerenderedSecond).p50Ms).toFixed(2),
      underLoad: { seconds: loadSeconds, onDemandRps: onDemandLoad.rps, prerenderedRps: prerenderedLoad.rps, onDemandP99Ms: onDemandLoad.p99Ms, prerenderedP99Ms: prerenderedLoad.p99Ms },
    };
  } finally {
    server.stop();
  }
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
  if (existsSync(workDir(root))) rmSync(workDir(root), { recursive: true, force: true });
}
