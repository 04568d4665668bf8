// `npm run bench`: builds the site and a bare Next.js baseline, serves both, and measures them side
// by side in one run: page weight, JS, time to first byte, throughput under load, server memory, and
// how content build and search scale with 5, 500 and 5,000 synthetic articles. Prints a table and
// writes bench/results.json. Not part of `npm test`.
//   --quick         shorter load runs (3 s) for a smoke check
//   --full-scale    also run `next build` on 5,000 synthetic articles (slow: ~10,000 pages + images)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ensureDependencies, root } from "../scripts/lib/prepare.mjs";
import { freePort, waitForServer } from "../scripts/lib/server.mjs";
import { generateContent } from "./synthetic.mjs";

const args = new Set(process.argv.slice(2));
const LOAD_SECONDS = args.has("--quick") ? 3 : 10;
const CONNECTIONS = 50;
const next = path.join(root, "node_modules", ".bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

ensureDependencies();
const { default: autocannon } = await import("autocannon");

function timedBuild(label, buildArgs, extraEnv = {}) {
  process.stdout.write(`› building ${label}… `);
  const start = performance.now();
  const result = spawnSync(next, ["build", ...buildArgs], { cwd: root, env: { ...env, ...extraEnv }, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(`failed\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  console.log(`${seconds.toFixed(1)} s`);
  return seconds;
}

async function startServer(dir, extraEnv = {}) {
  const port = await freePort();
  const child = spawn(next, ["start", ...(dir ? [dir] : []), "-p", String(port)], { cwd: root, env: { ...env, ...extraEnv }, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/`);
  } catch (error) {
    child.kill();
    throw new Error(`server for ${dir ?? "site"} did not start: ${error.message}`);
  }
  return { child, base };
}

function get(url) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = http.get(url, { headers: { "accept-encoding": "identity" } }, (res) => {
      const ttfb = performance.now() - start;
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), ttfb }));
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Resident memory of a process and all its descendants (next start runs the server in a child). */
function treeRssMB(pid) {
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop();
    try {
      const rss = readFileSync(`/proc/${current}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (rss) total += Number(rss[1]);
    } catch {}
    stack.push(...(children.get(current) ?? []));
  }
  return total / 1024;
}

async function pageFigures(base, pagePath) {
  const page = await get(base + pagePath);
  const html = page.body.toString("utf8");
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let jsGzip = 0;
  for (const src of scripts) jsGzip += gzipSync((await get(new URL(src, base).toString())).body).length;
  const ttfbs = [];
  for (let i = 0; i < 20; i++) ttfbs.push((await get(base + pagePath)).ttfb);
  return { status: page.status, htmlBytes: page.body.length, htmlGzip: gzipSync(page.body).length, jsGzip, scripts: scripts.length, ttfbMs: +median(ttfbs).toFixed(2) };
}

async function load(server, url) {
  let peak = treeRssMB(server.child.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMB(server.child.pid))), 250);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS });
  clearInterval(sampler);
  return {
    rps: Math.round(result.requests.average),
    // Pages differ in size, so bytes moved per second says how much of a gap is just bigger responses.
    mbPerSecond: +(result.throughput.average / 1e6).toFixed(1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssMB: Math.round(peak),
  };
}

const results = { machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, loadSeconds: LOAD_SECONDS, connections: CONNECTIONS };

// 1. Builds.
results.build = { siteSeconds: +timedBuild("the site", []).toFixed(1), baselineSeconds: +timedBuild("the baseline", ["bench/baseline"]).toFixed(1) };

// 2. Page weight and TTFB, then load, with both servers up.
const site = await startServer();
const baseline = await startServer("bench/baseline");
const PAGES = {
  home: "/",
  article: "/articles/how-to-get-your-ex-back",
  tag: "/tags/no-contact",
  stage: "/stages/taking-space",
  search: "/search?q=should+I+text+them",
};
results.pages = {};
const baselinePage = await pageFigures(baseline.base, "/");
results.pages.baseline = baselinePage;
for (const [name, pagePath] of Object.entries(PAGES)) {
  const figures = await pageFigures(site.base, pagePath);
  results.pages[name] = { ...figures, firstPartyJsGzip: figures.jsGzip - baselinePage.jsGzip };
}

results.load = {};
results.load.baseline = await load(baseline, `${baseline.base}/`);
for (const name of ["article", "tag", "search"]) {
  console.log(`› load: ${name} (${LOAD_SECONDS} s, ${CONNECTIONS} connections)`);
  const figures = await load(site, site.base + PAGES[name]);
  results.load[name] = { ...figures, vsBaseline: +(figures.rps / results.load.baseline.rps).toFixed(2) };
}
site.child.kill();
baseline.child.kill();

// 3. Scale: synthetic content at 5, 500 and 5,000 articles.
const scratch = mkdtempSync(path.join(os.tmpdir(), "second-chance-bench-"));
const SIZES = [5, 500, 5000];
const dirs = SIZES.map((n) => generateContent(path.join(root, "content"), path.join(scratch, `content-${n}`), n));
console.log("› scale: loading content and building the search index at", SIZES.join(", "), "articles");
const scaleOut = path.join(scratch, "scale.json");
const measured = spawnSync(path.join(root, "node_modules", ".bin", "vitest"), ["run", "--config", "bench/vitest.config.mts", "--reporter=dot"], {
  cwd: root,
  env: { ...env, BENCH_SCALE_DIRS: dirs.join(","), BENCH_SCALE_OUT: scaleOut, NODE_OPTIONS: "--max-old-space-size=8192" },
  stdio: "inherit",
});
if (measured.status !== 0) process.exit(1);
results.scale = JSON.parse(readFileSync(scaleOut, "utf8"));
for (const row of results.scale) {
  const full = row.articles <= 500 || args.has("--full-scale");
  row.nextBuildSeconds = full
    ? +timedBuild(`the site with ${row.articles} synthetic articles`, [], { CONTENT_DIR: dirs[SIZES.indexOf(row.articles)], NEXT_DIST_DIR: ".next-bench" }).toFixed(1)
    : null;
}
rmSync(path.join(root, ".next-bench"), { recursive: true, force: true });
rmSync(scratch, { recursive: true, force: true });

// 4. Report.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nSecond Chance benchmark — ${results.machine.cpus} cores, Node ${results.machine.node}\n`);
console.log("Builds: site %s s, baseline %s s\n", results.build.siteSeconds, results.build.baselineSeconds);
console.table(
  Object.fromEntries(
    Object.entries(results.pages).map(([name, p]) => [name, { HTML: kb(p.htmlBytes), "HTML gzip": kb(p.htmlGzip), "JS gzip": kb(p.jsGzip), "1st-party JS beyond baseline": name === "baseline" ? "—" : kb(p.firstPartyJsGzip), "TTFB ms": p.ttfbMs }]),
  ),
);
console.table(
  Object.fromEntries(
    Object.entries(results.load).map(([name, l]) => [name, { "req/s": l.rps, "MB/s": l.mbPerSecond, "p50 ms": l.p50Ms, "p99 ms": l.p99Ms, errors: l.errors, "non-2xx": l.non2xx, "peak RSS MB": l.rssMB, "× baseline": l.vsBaseline ?? 1 }]),
  ),
);
console.table(
  Object.fromEntries(
    results.scale.map((s) => [`${s.articles} articles`, { passages: s.passages, "content ms": s.contentMs, "index ms": s.indexMs, "index": kb(s.indexBytes), "index gzip": kb(s.indexGzipBytes), "query p50 ms": s.queryP50Ms, "query p99 ms": s.queryP99Ms, "next build s": s.nextBuildSeconds ?? "skipped" }]),
  ),
);

const goals = [
  ["article first-party JS ≤ 10 KB gzip beyond baseline", results.pages.article.firstPartyJsGzip <= 10 * 1024, kb(results.pages.article.firstPartyJsGzip)],
  ["article req/s ≥ 0.9 × baseline, 0 errors", results.load.article.vsBaseline >= 0.9 && results.load.article.errors === 0 && results.load.article.non2xx === 0, `${results.load.article.vsBaseline}×, ${results.load.article.errors} errors (responses ${(results.pages.article.htmlBytes / results.pages.baseline.htmlBytes).toFixed(1)}× larger; bytes/s ${(results.load.article.mbPerSecond / results.load.baseline.mbPerSecond).toFixed(1)}× the baseline's)`],
  ["search p99 ≤ 10 ms at 5,000 articles", results.scale.at(-1).queryP99Ms <= 10, `${results.scale.at(-1).queryP99Ms} ms`],
];
results.goals = goals.map(([goal, met, value]) => ({ goal, met, value }));
for (const [goal, met, value] of goals) console.log(`${met ? "✓" : "✗"} ${goal}: ${value}`);
writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwrote bench/results.json");
