// `npm run lighthouse`: Lighthouse (the pinned devDependency, mobile settings: slow 4G, 4× CPU
// slowdown) on our article, home, topic, stage and search pages and on the bare mirror of each (a Next
// app with Next's defaults serving the very same `<main>` HTML, bench/mirror/), alternating ours and
// mirror, three runs each, medians. Then the first-load transfer of an article against its mirror
// (document, CSS, JS and everything fetched in the first 5 s without interaction) and the article's
// document weight. The machine is shared and noisy: the ratios, measured in one run, are what count.
// Every run goes through one Chromium, started once (see `chrome` below).
//   --pages=article,home   only these pages        --runs=N   runs per page and side (default 3)
//   --throttling=devtools  slow 4G and the CPU slowdown applied while the page loads, in place of Lighthouse's
//                          default simulation from an unthrottled load: slower, but it shows what a phone waits for
//                          (the simulation counts toward LCP any script that finished loading before the paint
//                          unless it saw the script run after it, which it cannot for a script that runs quickly)
//   --styled-mirror=link,inline  more sides: the mirror with the site's own stylesheet, linked (one render-blocking
//                          file, as ours) or at the top of its head (in the HTML only), to tell what those rules
//                          cost from what the rest of the site costs
// With ten runs or more it also says how often one median of five loads would meet each bar, and how often the
// mirror would meet it against itself: a page's loads fall on two levels about 0.5–1 s apart, so five can mislead.
import { Launcher, launch } from "chrome-launcher";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { mirrorPath, PAGES, startMirror, startNext } from "../bench/mirror.mjs";
import { ensureBuild, ensureDependencies, root } from "./lib/prepare.mjs";

const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, "").split("=")));
const RUNS = Number(options.runs ?? 3);
const THROTTLING = options.throttling ?? "simulate";
if (!["simulate", "devtools"].includes(THROTTLING)) throw new Error(`--throttling is simulate or devtools, not ${THROTTLING}`);
if (options.keep) mkdirSync(options.keep, { recursive: true });
/** @type {Record<string, string>} */
const pages = options.pages ? Object.fromEntries(options.pages.split(",").map((/** @type {keyof typeof PAGES} */ name) => [name, PAGES[name]])) : PAGES;
const unknownPages = Object.keys(pages).filter((name) => !(name in PAGES));
if (unknownPages.length) throw new Error(`--pages takes ${Object.keys(PAGES).join(", ")}; not ${unknownPages.join(", ")}`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Added to Lighthouse's launcher flags (no background networking, component updates or sync, among others).
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];
const BUDGET_OVER_MIRROR = 40 * 1024;
/** The bars against the bare mirror: ours over the mirror's median LCP and Total Blocking Time. */
const LCP_BAR = 1.1;
const TBT_BAR = 1.2;
/** @type {Record<string, string>} */
const METRIC_NAMES = { "first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "speed-index": "SI", "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS" };

ensureDependencies();
ensureBuild();
/** @type {(() => void)[]} What stops each server and the browser started below, run on the way out however the run ends. */
const stops = [];
const stopAll = () => {
  for (const stop of stops.splice(0).reverse()) stop();
};
// A start that fails (a mirror that does not build) must not leave the servers already started running.
process.on("exit", stopAll);
const site = await startNext();
stops.push(site.stop);
// The bare mirror always carries the article: the first-load comparison below is on the article whatever --pages says.
const mirror = await startMirror(site.base, { ...pages, article: PAGES.article });
stops.push(mirror.stop);
/** @type {("link" | "inline")[]} */
const STYLED = options["styled-mirror"] ? options["styled-mirror"].split(",") : [];
if (STYLED.some((as) => !["link", "inline"].includes(as))) throw new Error(`--styled-mirror takes link, inline or both, not ${options["styled-mirror"]}`);
/** @type {Record<string, import("../bench/processes.mjs").Server>} */
const styledMirrors = {};
for (const as of STYLED) {
  const styledMirror = await startMirror(site.base, pages, { styled: as });
  styledMirrors[as] = styledMirror;
  stops.push(styledMirror.stop);
}
const scratch = mkdtempSync(path.join(os.tmpdir(), "second-chance-lighthouse-"));
stops.push(() => rmSync(scratch, { recursive: true, force: true }));
// Every run goes through one Chromium, started here with Lighthouse's own launcher and its flags but one, and reached
// through its debugging port. That one: the launcher turns off Chrome's RenderDocument, and with it off, a headless
// Chromium often holds a page's first frame until its next frame about a second later (first paint observed at 1.2
// or 2.2 s in place of 0.2–0.4 s, with the main thread idle in between). Lighthouse's simulation counts toward LCP
// everything that loaded before the paint it observed, so a late frame put every script on LCP's path. Ours paints
// after its scripts have loaded and counts them either way; the mirror, which paints sooner, escaped them in about
// half its loads, but never when its frame came late. So the comparison turned on how often the mirror hit that
// frame. Here Chrome keeps RenderDocument at its own default. One browser also spares each run a cold start;
// Lighthouse still empties the cache and the site's storage before each run, so every load stays a first visit.
// bench/README.md has the figures.
const LAUNCHER_FLAGS = Launcher.defaultFlags().map((flag) => (flag.startsWith("--disable-features=") ? flag.replace(/,?\bRenderDocument\b/, "") : flag));
const chrome = await launch({ chromePath: CHROMIUM, ignoreDefaultFlags: true, chromeFlags: [...LAUNCHER_FLAGS, ...CHROME_FLAGS] });
stops.push(() => chrome.kill());

/**
 * Lighthouse's report as JSON: read only by the few fields below.
 * @typedef {{ id: string, weight: number }} AuditRef
 * @typedef {Record<string, number | string> & { tbt: number, performance: number, accessibility: number, bestPractices: number, seo: number, seoFailures: string }} Run
 */

/**
 * One Lighthouse run (mobile preset, Lighthouse's defaults) → the four scores and Total Blocking Time.
 * @param {string} url
 * @returns {Run}
 */
function lighthouse(url, attempt = 1) {
  const out = path.join(scratch, "report.json");
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "lighthouse"),
    [url, "--output=json", `--output-path=${out}`, "--quiet", `--throttling-method=${THROTTLING}`, `--port=${chrome.port}`],
    { encoding: "utf8" },
  );
  if (result.status !== 0) {
    // On a loaded machine Chromium occasionally fails to answer in time: one more try.
    if (attempt < 2) return lighthouse(url, attempt + 1);
    throw new Error(`lighthouse failed on ${url} (exit ${result.status})\n${result.stderr}`);
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  const score = (/** @type {string} */ id) => Math.round(report.categories[id].score * 100);
  if (options.keep) writeFileSync(path.join(options.keep, `${new URL(url).port}-${new URL(url).pathname.replace(/\W+/g, "_")}-${Date.now()}.json`), readFileSync(out));
  // Where the Performance points go: each metric's value and the points it costs (its weight × (1 − score)).
  const metrics = Object.fromEntries(
    report.categories.performance.auditRefs
      .filter((/** @type {AuditRef} */ ref) => ref.weight > 0)
      .flatMap((/** @type {AuditRef} */ ref) => [
        [METRIC_NAMES[ref.id] ?? ref.id, report.audits[ref.id].numericValue],
        [`${METRIC_NAMES[ref.id] ?? ref.id} lost`, ref.weight * (1 - report.audits[ref.id].score)],
      ]),
  );
  // SEO audits that fail. A search results page is noindex on purpose (results pages are an endless,
  // thin duplicate of the articles; search engines ask sites to keep them out of the index), so there
  // `is-crawlable` is expected to fail and every other SEO audit must pass.
  const seoFailures = report.categories.seo.auditRefs
    .filter((/** @type {AuditRef} */ ref) => report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
    .map((/** @type {AuditRef} */ ref) => ref.id);
  return {
    ...metrics,
    seoFailures: seoFailures.join(",") || "none",
    tbt: report.audits["total-blocking-time"].numericValue,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
  };
}

const median = (/** @type {number[]} */ values) => /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
/** Each figure's median over the runs (text figures from the first run). */
const medians = (/** @type {Run[]} */ runs) =>
  /** @type {Run} */ (Object.fromEntries(Object.entries(runs[0] ?? {}).map(([key, first]) => [key, typeof first === "string" ? first : median(runs.map((run) => /** @type {number} */ (run[key])))])));
/** Each run's LCP and TBT, rounded, to list beside a median. */
const lcpOf = (/** @type {Run} */ run) => /** @type {number} */ (run.LCP);
const lcpRuns = (/** @type {Run[]} */ runs) => runs.map((run) => Math.round(lcpOf(run)));
const tbtRuns = (/** @type {Run[]} */ runs) => runs.map((run) => Math.round(run.tbt));
/**
 * How far one median of five loads can be trusted, from a side's own loads: the share of 10,000 draws (five loads
 * each, with replacement) in which the median drawn from `a` is within `bar` × the median drawn from `b`. Passing `b`
 * as `a` gives how often a page meets the bar against itself, the run's noise floor. A fixed seed keeps it repeatable.
 * @param {number[]} a @param {number[]} b @param {number} bar
 */
function shareWithinBar(a, b, bar) {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const medianOfFive = (/** @type {number[]} */ values) => median(Array.from({ length: 5 }, () => /** @type {number} */ (values[Math.floor(random() * values.length)])));
  let within = 0;
  for (let draw = 0; draw < 10000; draw++) if (medianOfFive(a) <= bar * medianOfFive(b)) within++;
  return within / 10000;
}
/** Resampling says little about fewer loads than this. */
const RUNS_TO_RESAMPLE = 10;
/** Pages that are noindex by design: their only allowed SEO failure is `is-crawlable`. */
const NOINDEX = new Set(["search"]);
const seoMet = (/** @type {string} */ name, /** @type {Run} */ r) => r.seo === 100 || (NOINDEX.has(name) && r.seoFailures === "is-crawlable");

/**
 * Bytes on the wire for a first visit at phone size, with no interaction for 5 s; also counts RSC fetches.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 */
async function firstLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  /** @type {Promise<{ type: string, bytes: number }>[]} */
  const sizes = [];
  let rsc = 0;
  page.on("requestfinished", (request) => {
    if (request.url().includes("_rsc=")) rsc += 1;
    const type = request.resourceType();
    sizes.push(request.sizes().then((s) => ({ type, bytes: s.responseHeadersSize + s.responseBodySize })).catch(() => ({ type, bytes: 0 })));
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(5000);
  const loaded = await Promise.all(sizes);
  const sum = (/** @type {{ bytes: number }[]} */ list) => list.reduce((total, entry) => total + entry.bytes, 0);
  const ofType = (/** @type {string} */ type) => loaded.filter((entry) => entry.type === type);
  await context.close();
  return { bytes: sum(loaded), requests: loaded.length, rsc, scripts: ofType("script").length, scriptBytes: sum(ofType("script")), stylesheets: ofType("stylesheet").length, styleBytes: sum(ofType("stylesheet")), documentBytes: sum(ofType("document")) };
}

/** The article document itself: raw, gzip and Brotli bytes, and the share that is the inlined RSC payload. */
async function documentWeight(/** @type {string} */ url) {
  const html = Buffer.from(await (await fetch(url, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
  const payload = Buffer.from([...html.toString("utf8").matchAll(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g)].map((m) => m[0]).join(""));
  const brotli = (/** @type {Buffer} */ buffer) => brotliCompressSync(buffer).length;
  return {
    raw: html.length,
    gzip: gzipSync(html).length,
    brotli: brotli(html),
    rscShareRaw: payload.length / html.length,
    rscShareBrotli: brotli(payload) / brotli(html),
  };
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const transferRow = (/** @type {Awaited<ReturnType<typeof firstLoad>>} */ load) => ({
  transfer: kb(load.bytes),
  requests: load.requests,
  document: kb(load.documentBytes),
  "JS (files)": `${kb(load.scriptBytes)} (${load.scripts})`,
  "CSS (files)": `${kb(load.styleBytes)} (${load.stylesheets})`,
  "?_rsc= requests": load.rsc,
});
/**
 * Per page: each side's runs, and the medians of ours and the bare mirror's.
 * @type {Record<string, { ours: Run, mirror: Run, oursRuns: Run[], mirrorRuns: Run[], styled: Record<string, Run[]> }>}
 */
const results = {};
try {
  // The browser's first page load pays for its start-up; it is not counted.
  lighthouse(site.base + PAGES.home);
  for (const [name, pagePath] of Object.entries(pages)) {
    const ours = [];
    const bare = [];
    /** @type {Record<string, Run[]>} */
    const styled = Object.fromEntries(STYLED.map((as) => [as, []]));
    for (let run = 0; run < RUNS; run++) {
      process.stdout.write(`› lighthouse ${name} ${run + 1}/${RUNS}\r`);
      ours.push(lighthouse(site.base + pagePath));
      bare.push(lighthouse(mirror.base + mirrorPath(pagePath)));
      for (const as of STYLED) styled[as]?.push(lighthouse(/** @type {import("../bench/processes.mjs").Server} */ (styledMirrors[as]).base + mirrorPath(pagePath)));
    }
    results[name] = { ours: medians(ours), mirror: medians(bare), oursRuns: ours, mirrorRuns: bare, styled };
  }

  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const article = PAGES.article;
  const transfer = { ours: await firstLoad(browser, site.base + article), mirror: await firstLoad(browser, mirror.base + mirrorPath(article)) };
  await browser.close();
  const weight = await documentWeight(site.base + article);

  console.log(`\nLighthouse, mobile settings (${THROTTLING === "devtools" ? "throttling applied while loading" : "simulated throttling"}): median of ${RUNS} runs each, ours and the bare mirror alternating\n`);
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([name, r]) => [
        name,
        {
          "TBT ours ms": Math.round(r.ours.tbt),
          "TBT mirror ms": Math.round(r.mirror.tbt),
          "TBT ratio": +(r.ours.tbt / Math.max(r.mirror.tbt, 1)).toFixed(2),
          "Perf ours": r.ours.performance,
          "Perf mirror": r.mirror.performance,
          A11y: r.ours.accessibility,
          BP: r.ours.bestPractices,
          SEO: r.ours.seo,
        },
      ]),
    ),
  );
  console.log("\nWhere the Performance points go (median value of each metric, and the points it costs):");
  const metricCell = (/** @type {Run} */ r, /** @type {string} */ name) => {
    const value = /** @type {number} */ (r[name]);
    return `${name === "CLS" ? value.toFixed(3) : Math.round(value)}${name === "CLS" ? "" : " ms"} −${(/** @type {number} */ (r[`${name} lost`])).toFixed(1)}`;
  };
  console.table(
    Object.fromEntries(
      Object.entries(results).flatMap(([name, r]) =>
        /** @type {const} */ (["ours", "mirror"]).map((side) => [`${name} ${side}`, Object.fromEntries(Object.values(METRIC_NAMES).map((metric) => [metric, metricCell(r[side], metric)]))]),
      ),
    ),
  );
  console.log(`\nArticle first load at 390×844, 5 s without interaction (${article}):`);
  console.table({
    ours: transferRow(transfer.ours),
    mirror: transferRow(transfer.mirror),
  });
  console.log(
    `Article document: ${kb(weight.raw)} raw, ${kb(weight.gzip)} gzip, ${kb(weight.brotli)} Brotli; ` +
      `the inlined RSC payload is ${(weight.rscShareRaw * 100).toFixed(0)}% of the raw HTML (${(weight.rscShareBrotli * 100).toFixed(0)}% of the Brotli bytes)\n`,
  );

  const goals = [
    ...Object.entries(results).flatMap(([name, r]) => [
      [
        `${name}: TBT ≤ ${TBT_BAR} × mirror`,
        r.ours.tbt <= TBT_BAR * r.mirror.tbt,
        `${Math.round(r.ours.tbt)} / ${Math.round(r.mirror.tbt)} ms; runs ours ${tbtRuns(r.oursRuns).join(", ")}, mirror ${tbtRuns(r.mirrorRuns).join(", ")}`,
      ],
      [
        `${name}: Performance ≥ 98, Accessibility, Best Practices, SEO 100${NOINDEX.has(name) ? " (noindex by design: all SEO audits but is-crawlable pass)" : ""}`,
        r.ours.performance >= 98 && r.ours.accessibility === 100 && r.ours.bestPractices === 100 && seoMet(name, r.ours),
        `${r.ours.performance}/${r.ours.accessibility}/${r.ours.bestPractices}/${r.ours.seo}`,
      ],
      [`${name}: Performance ≥ mirror's`, r.ours.performance >= r.mirror.performance, `${r.ours.performance} / ${r.mirror.performance}`],
      [
        `${name}: Largest Contentful Paint ≤ ${LCP_BAR} × mirror (medians)`,
        lcpOf(r.ours) <= LCP_BAR * lcpOf(r.mirror),
        `${Math.round(lcpOf(r.ours))} / ${Math.round(lcpOf(r.mirror))} ms; runs ours ${lcpRuns(r.oursRuns).join(", ")}, mirror ${lcpRuns(r.mirrorRuns).join(", ")}`,
      ],
    ]),
    ["article first load ≤ mirror + 40 KB", transfer.ours.bytes <= transfer.mirror.bytes + BUDGET_OVER_MIRROR, `${kb(transfer.ours.bytes)} vs ${kb(transfer.mirror.bytes)} + 40 KB`],
    ["no ?_rsc= prefetch without interaction", transfer.ours.rsc === 0, `${transfer.ours.rsc} requests`],
  ];
  for (const [goal, met, value] of goals) console.log(`${met ? "✓" : "✗"} ${goal}: ${value}`);
  if (RUNS >= RUNS_TO_RESAMPLE) {
    const percent = (/** @type {number} */ share) => `${Math.round(share * 100)} %`;
    console.log("\nWhat one median of five loads can tell: each side's loads drawn again, five at a time, 10,000 times:");
    for (const [name, r] of Object.entries(results)) {
      const lcp = { ours: lcpRuns(r.oursRuns), mirror: lcpRuns(r.mirrorRuns) };
      const tbt = { ours: tbtRuns(r.oursRuns), mirror: tbtRuns(r.mirrorRuns) };
      console.log(
        `  ${name}: LCP ≤ ${LCP_BAR} × mirror in ${percent(shareWithinBar(lcp.ours, lcp.mirror, LCP_BAR))} of draws (the mirror against itself: ${percent(shareWithinBar(lcp.mirror, lcp.mirror, LCP_BAR))}); ` +
          `TBT ≤ ${TBT_BAR} × mirror in ${percent(shareWithinBar(tbt.ours, tbt.mirror, TBT_BAR))} (the mirror against itself: ${percent(shareWithinBar(tbt.mirror, tbt.mirror, TBT_BAR))})`,
      );
    }
  }
  if (STYLED.length) {
    console.log("\nThe mirror with the site's stylesheet (medians; not a goal, it says where the time goes):");
    for (const [name, r] of Object.entries(results)) {
      for (const [as, runs] of Object.entries(r.styled)) {
        const styled = medians(runs);
        console.log(
          `  ${name}, stylesheet ${as === "link" ? "linked" : "in the head"}: LCP ${Math.round(lcpOf(styled))} ms against ours ${Math.round(lcpOf(r.ours))} ` +
            `(ours ${(lcpOf(r.ours) / lcpOf(styled)).toFixed(2)}×) and the bare mirror's ${Math.round(lcpOf(r.mirror))} (${(lcpOf(styled) / lcpOf(r.mirror)).toFixed(2)}×); ` +
            `TBT ${Math.round(styled.tbt)} ms; LCP runs ${lcpRuns(runs).join(", ")}; TBT runs ${tbtRuns(runs).join(", ")}`,
        );
      }
    }
  }
} finally {
  stopAll();
}
