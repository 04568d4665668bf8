// `npm run bench`: builds the site and a bare Next.js baseline, serves both, and measures them side
// by side in one run: page weight, JS, time to first byte, throughput under load, server memory, and
// how content build and search scale with 5, 500 and 5,000 synthetic articles. Prints tables and
// writes bench/results.json (its shape is documented in bench/README.md). Not part of `npm test`.
//   --quick         shorter load runs (3 s) and the scale part at 5 and 500 articles only
//   --full-scale    also run `next build` on 5,000 synthetic articles (slow: ~10,000 pages + images)
//   --only=load     builds, then only the load table (baseline, article, tag, search): printed, and
//                   written to bench/results-load.json so a full run's results.json is left alone
//   --only=scale    only the scale part (with --full-scale: 5,000 articles too), written to
//                   bench/results-scale.json
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ensureDependencies, root } from "../scripts/lib/prepare.mjs";

const args = new Set(process.argv.slice(2));
const LOAD_SECONDS = args.has("--quick") ? 3 : 10;
const ONLY_LOAD = args.has("--only=load");
const ONLY_SCALE = args.has("--only=scale");
const next = path.join(root, "node_modules", ".bin", "next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

ensureDependencies();
const { CONNECTIONS, loadRun, searchMix } = await import("./load.mjs");
const { startServer } = await import("./processes.mjs");
const scale = await import("./scale.mjs");
const mirrorBench = await import("./mirror.mjs");

/** @param {string} label @param {string[]} buildArgs */
function timedBuild(label, buildArgs) {
  process.stdout.write(`› building ${label}… `);
  const start = performance.now();
  const result = spawnSync(next, ["build", ...buildArgs], { cwd: root, env, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(`failed\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  console.log(`${seconds.toFixed(1)} s`);
  return seconds;
}

/**
 * One uncompressed GET, with the time to its first byte.
 * @param {string} url
 * @returns {Promise<{ status?: number, body: Buffer, ttfb: number }>}
 */
function get(url) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = http.get(url, { headers: { "accept-encoding": "identity" } }, (res) => {
      const ttfb = performance.now() - start;
      /** @type {Buffer[]} */
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks), ttfb }));
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
  });
}

function printLoadTable() {
  const rows = Object.entries(results.load).filter(([name]) => name !== "articleVsMirror");
  console.table(
    Object.fromEntries(
      rows.map(([name, l]) => [name, { "req/s": l.rps, "MB/s": l.mbPerSecond, "p50 ms": l.p50Ms, "p99 ms": l.p99Ms, errors: l.errors, "non-2xx": l.non2xx, "peak RSS MB": l.rssMB, "× baseline": l.vsBaseline ?? 1, "× article": l.vsArticle ?? "—" }]),
    ),
  );
}

const median = (/** @type {number[]} */ values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);

/** @param {string} base @param {string} pagePath */
async function pageFigures(base, pagePath) {
  const page = await get(base + pagePath);
  const html = page.body.toString("utf8");
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let jsGzip = 0;
  for (const src of scripts) jsGzip += gzipSync((await get(new URL(/** @type {string} */ (src), base).toString())).body).length;
  const ttfbs = [];
  for (let i = 0; i < 20; i++) ttfbs.push((await get(base + pagePath)).ttfb);
  return { status: page.status, htmlBytes: page.body.length, htmlGzip: gzipSync(page.body).length, jsGzip, scripts: scripts.length, ttfbMs: +median(ttfbs).toFixed(2) };
}

/** The run's figures; bench/README.md documents their shape. @type {Record<string, any>} */
const results = { machine: { cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, loadSeconds: LOAD_SECONDS, connections: CONNECTIONS };

if (!ONLY_SCALE) {
  // 1. Builds.
  results.build = { siteSeconds: +timedBuild("the site", []).toFixed(1), baselineSeconds: +timedBuild("the baseline", ["bench/baseline"]).toFixed(1) };

  // 2. Page weight and TTFB, then load, with both servers up.
  const site = await startServer(root);
  const baseline = await startServer(root, { dir: "bench/baseline" });
  const { PAGES } = mirrorBench;
  results.pages = {};
  if (ONLY_LOAD) {
    // No page figures, but every page asked once, as they would be: a cold route (and the search index,
    // loaded on the first search) would otherwise count against the load run.
    for (const pagePath of ["/", ...Object.values(PAGES)]) await get(site.base + pagePath);
    await get(`${baseline.base}/`);
  } else {
    const baselinePage = await pageFigures(baseline.base, "/");
    results.pages.baseline = baselinePage;
    for (const [name, pagePath] of Object.entries(PAGES)) {
      const figures = await pageFigures(site.base, pagePath);
      results.pages[name] = { ...figures, firstPartyJsGzip: figures.jsGzip - baselinePage.jsGzip };
    }
  }

  results.load = {};
  results.load.baseline = await loadRun(baseline, "/", LOAD_SECONDS);
  const LOADS = { article: PAGES.article, tag: PAGES.tag, search: searchMix() };
  for (const [name, paths] of Object.entries(LOADS)) {
    console.log(`› load: ${name} (${LOAD_SECONDS} s, ${CONNECTIONS} connections${Array.isArray(paths) ? `, ${paths.length} different searches` : ""})`);
    const figures = await loadRun(site, paths, LOAD_SECONDS);
    results.load[name] = { ...figures, vsBaseline: +(figures.rps / results.load.baseline.rps).toFixed(2), vsArticle: name === "article" ? 1 : undefined };
  }
  results.load.tag.vsArticle = +(results.load.tag.rps / results.load.article.rps).toFixed(2);
  results.load.search.vsArticle = +(results.load.search.rps / results.load.article.rps).toFixed(2);
  if (ONLY_LOAD) {
    site.stop();
    baseline.stop();
    printLoadTable();
    const search = results.load.search;
    console.log(`${search.vsArticle >= 0.5 && search.p99Ms <= 250 && search.errors + search.non2xx === 0 ? "✓" : "✗"} search under load: ${search.rps} req/s (${search.vsArticle}× article), p99 ${search.p99Ms} ms, ${search.errors + search.non2xx} errors`);
    writeFileSync(path.join(root, "bench", "results-load.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.log("\nwrote bench/results-load.json");
    process.exit(0);
  }
  // The article against its bare mirror (bench/mirror.mjs: Next's defaults, the very same <main>).
  console.log(`› load: article against its bare mirror (3 × ${LOAD_SECONDS} s each, alternating)`);
  results.load.articleVsMirror = await mirrorBench.articleThroughputVsMirror(site, LOAD_SECONDS);
  site.stop();
  baseline.stop();
}

// 3. Scale: synthetic content at 5, 500 and 5,000 articles (5 and 500 with --quick).
const SIZES = args.has("--quick") ? [5, 500] : [5, 500, 5000];
const content = scale.generateScaleContent(SIZES);
try {
  console.log("› scale: the search engine in process at", SIZES.join(", "), "articles");
  results.scale = scale.measureEngine(content.dirs);
  // One build of 500 synthetic articles (timed); its server is then given each size's index, to
  // measure a serving instance's memory with it. --full-scale builds 5,000 articles for real.
  const dirFor = (/** @type {number} */ size) => /** @type {string} */ (content.dirs[SIZES.indexOf(size)]);
  const at500 = await scale.buildCopy(dirFor(500), "500-articles");
  const fullBuild = args.has("--full-scale") ? await scale.buildCopy(dirFor(5000), "5000-articles") : undefined;
  for (const [i, row] of results.scale.entries()) {
    const built = row.articles === 500 ? at500 : row.articles === 5000 ? fullBuild : undefined;
    row.nextBuildSeconds = built?.seconds ?? null;
    row.nextBuildCpuSeconds = built?.cpuSeconds ?? null;
    row.nextBuildPeakMB = built?.peakMB ?? null;
    row.nextBuildLoadAverage = built?.loadAverage ?? null;
    if (built) {
      console.log(`› first and second visits of articles the ${row.articles}-article build did not prerender`);
      row.visits = await scale.firstVisits(built.dir);
    }
    row.serverRssMB = await scale.servingRss((built ?? at500).dir, built ? undefined : `${content.dirs[i]}.search-index.bin`);
    row.serverRssMeasuredOn = built ? `its own build` : "the 500-article build serving this size's search index";
  }
} finally {
  scale.removeWork();
  content.cleanup();
}

// 4. Report.
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\nSecond Chance benchmark — ${results.machine.cpus} cores, Node ${results.machine.node}\n`);
if (!ONLY_SCALE) {
  console.log("Builds: site %s s, baseline %s s\n", results.build.siteSeconds, results.build.baselineSeconds);
  console.table(
    Object.fromEntries(
      Object.entries(results.pages).map(([name, p]) => [name, { HTML: kb(p.htmlBytes), "HTML gzip": kb(p.htmlGzip), "JS gzip": kb(p.jsGzip), "1st-party JS beyond baseline": name === "baseline" ? "—" : kb(p.firstPartyJsGzip), "TTFB ms": p.ttfbMs }]),
    ),
  );
  printLoadTable();
}
console.table(
  Object.fromEntries(
    results.scale.map((/** @type {import("./scale.ts").ScaleFigures & Record<string, any>} */ s) => [
      `${s.articles} articles`,
      {
        passages: s.passages,
        "index ms": s.indexMs,
        index: kb(s.indexBytes),
        "index gzip": kb(s.indexGzipBytes),
        "query p50 ms": s.queryP50Ms,
        "query p99 ms": s.queryP99Ms,
        "server RSS MB": s.serverRssMB,
        "next build s": s.nextBuildSeconds ?? "skipped",
        "build CPU s": s.nextBuildCpuSeconds ?? "skipped",
        "build peak MB": s.nextBuildPeakMB ?? "skipped",
        "load avg": s.nextBuildLoadAverage ?? "—",
      },
    ]),
  ),
);
const visited = results.scale.filter((/** @type {Record<string, any>} */ s) => s.visits);
if (visited.length) {
  console.log("\nArticles on a fresh server, one request at a time (ms): first and second visit of articles the build left to their first request, and prerendered ones");
  console.table(
    Object.fromEntries(
      visited.map((/** @type {Record<string, any>} */ s) => {
        const v = s.visits;
        return [
          `${s.articles} articles (${v.prerenderedArticles} prerendered)`,
          {
            "1st visit p50/p95/p99": `${v.firstVisit.p50Ms} / ${v.firstVisit.p95Ms} / ${v.firstVisit.p99Ms} (${v.firstVisit.count})`,
            "2nd visit p50/p95/p99": `${v.secondVisit.p50Ms} / ${v.secondVisit.p95Ms} / ${v.secondVisit.p99Ms}`,
            "prerendered p50 (1st / 2nd)": `${v.prerenderedFirstVisit.p50Ms} / ${v.prerenderedSecondVisit.p50Ms}`,
            "2nd vs prerendered": `${v.secondVsPrerendered}×`,
            [`req/s ${v.underLoad.seconds} s (cached / prerendered)`]: `${v.underLoad.onDemandRps} / ${v.underLoad.prerenderedRps}`,
          },
        ];
      }),
    ),
  );
}

if (ONLY_SCALE) {
  const scaleGoals = scaleGoalsOf(results.scale);
  for (const [goal, met, value] of scaleGoals) console.log(`${met ? "✓" : "✗"} ${goal}: ${value}`);
  results.goals = scaleGoals.map(([goal, met, value]) => ({ goal, met, value }));
  writeFileSync(path.join(root, "bench", "results-scale.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nwrote bench/results-scale.json");
  process.exit(0);
}

/**
 * The goals about the build and the pages it leaves to their first request, for every size built.
 * @param {Record<string, any>[]} rows
 * @returns {[string, boolean, string][]}
 */
function scaleGoalsOf(rows) {
  return rows.flatMap((row) => {
    /** @type {[string, boolean, string][]} */
    const goals = [];
    if (row.articles === 5000 && row.nextBuildSeconds !== null) {
      goals.push([
        "next build at 5,000 articles ≤ 3 min wall, ≤ 1.5 GB peak (whole process tree)",
        row.nextBuildSeconds <= 180 && row.nextBuildPeakMB <= 1536,
        `${row.nextBuildSeconds} s (${row.nextBuildCpuSeconds} s CPU, load average ${row.nextBuildLoadAverage}), ${row.nextBuildPeakMB} MB`,
      ]);
    }
    if (row.visits) {
      const v = row.visits;
      goals.push([`first visit of an unopened article at ${row.articles} articles: p95 ≤ 200 ms`, v.firstVisit.p95Ms <= 200, `p50 ${v.firstVisit.p50Ms}, p95 ${v.firstVisit.p95Ms}, p99 ${v.firstVisit.p99Ms} ms over ${v.firstVisit.count} articles`]);
      goals.push([`second visit ≤ 1.5 × a prerendered page at ${row.articles} articles`, v.secondVsPrerendered <= 1.5, `${v.secondVsPrerendered}× (p50 ${v.secondVisit.p50Ms} vs ${v.prerenderedSecondVisit.p50Ms} ms)`]);
    }
    return goals;
  });
}

const largest = results.scale.at(-1);
const vsMirror = results.load.articleVsMirror;
const goals = [
  ["article req/s ≥ 0.8 × its bare mirror (same <main>, same run)", vsMirror.ratio >= 0.8, `${vsMirror.ratio}× (${vsMirror.oursRps} vs ${vsMirror.mirrorRps} req/s)`],
  ["article first-party JS ≤ 10 KB gzip beyond baseline", results.pages.article.firstPartyJsGzip <= 10 * 1024, kb(results.pages.article.firstPartyJsGzip)],
  ["article req/s ≥ 0.9 × baseline, 0 errors", results.load.article.vsBaseline >= 0.9 && results.load.article.errors === 0 && results.load.article.non2xx === 0, `${results.load.article.vsBaseline}×, ${results.load.article.errors} errors (responses ${(results.pages.article.htmlBytes / results.pages.baseline.htmlBytes).toFixed(1)}× larger; bytes/s ${(results.load.article.mbPerSecond / results.load.baseline.mbPerSecond).toFixed(1)}× the baseline's)`],
  [`search p99 ≤ 10 ms, p50 ≤ 2 ms at ${largest.articles} articles`, largest.queryP99Ms <= 10 && largest.queryP50Ms <= 2, `p50 ${largest.queryP50Ms} ms, p99 ${largest.queryP99Ms} ms`],
  [`serving instance ≤ 512 MB RSS at ${largest.articles} articles`, largest.serverRssMB <= 512, `${largest.serverRssMB} MB (${largest.serverRssMeasuredOn})`],
  ...scaleGoalsOf(results.scale),
  ["search under load: 0 errors, ≥ 0.5 × article req/s, p99 ≤ 250 ms", results.load.search.errors === 0 && results.load.search.non2xx === 0 && results.load.search.vsArticle >= 0.5 && results.load.search.p99Ms <= 250, `${results.load.search.rps} req/s (${results.load.search.vsArticle}× article), p99 ${results.load.search.p99Ms} ms, ${results.load.search.errors + results.load.search.non2xx} errors`],
];
results.goals = goals.map(([goal, met, value]) => ({ goal, met, value }));
for (const [goal, met, value] of goals) console.log(`${met ? "✓" : "✗"} ${goal}: ${value}`);
writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwrote bench/results.json");
