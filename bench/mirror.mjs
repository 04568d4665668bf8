// The bare mirror (bench/mirror/): a Next.js app with nothing but Next's defaults that serves the very
// `<main>` HTML our pages render. `npm run bench` (throughput) and `npm run lighthouse` (Total Blocking
// Time, scores, transfer) compare each page with its mirror in the same run, so the ratio shows what the
// site adds on top of Next itself, whatever the noise on the machine.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "../scripts/lib/prepare.mjs";
import { startServer } from "./processes.mjs";

const next = path.join(root, "node_modules", ".bin", "next");
const mirrorDir = path.join(root, "bench", "mirror");
const workDir = path.join(root, "bench", ".work");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** The pages both scripts measure. The mirror serves each at its pathname (the query is the site's business). */
export const PAGES = {
  article: "/articles/how-to-get-your-ex-back",
  home: "/",
  tag: "/tags/no-contact",
  stage: "/stages/taking-space",
  search: "/search?q=should+I+text+them",
};

export const mirrorPath = (/** @type {string} */ pagePath) => new URL(pagePath, "http://x").pathname;

/** `next start` for the site, on a free port. */
export const startNext = () => startServer(root);

/**
 * The inner HTML of each page's `<main>` on the running site.
 * @param {string} siteBase
 * @param {Record<string, string>} pages
 */
async function captureMains(siteBase, pages) {
  /** @type {Record<string, string | undefined>} */
  const mains = {};
  for (const pagePath of Object.values(pages)) {
    const html = await (await fetch(siteBase + pagePath)).text();
    const main = html.match(/<main\b[^>]*>([\s\S]*)<\/main>/);
    if (!main) throw new Error(`${pagePath}: no <main> in the response`);
    mains[mirrorPath(pagePath)] = main[1];
  }
  return mains;
}

/**
 * The site's render-blocking stylesheet (the one `<link rel="stylesheet">` in an article's head), as text, for a
 * styled mirror.
 */
async function captureStylesheet(/** @type {string} */ siteBase) {
  const html = await (await fetch(siteBase + PAGES.article)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const links = [...head.matchAll(/<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"[^>]*>/g)].map((match) => match[1]);
  if (links.length !== 1) throw new Error(`${PAGES.article}: expected one stylesheet in the head, found ${links.length}`);
  return (await fetch(new URL(/** @type {string} */ (links[0]), siteBase))).text();
}

/** Puts the stylesheet at the top of the head of every prerendered page under `dir`. */
function inlineStylesheet(/** @type {string} */ dir, /** @type {string} */ css) {
  const style = `<style>${css.replaceAll("</style", "<\\/style")}</style>`;
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html"))) {
    const html = readFileSync(path.join(dir, file), "utf8");
    if (!html.includes("<head>")) throw new Error(`${file}: no <head> to put the stylesheet in`);
    writeFileSync(path.join(dir, file), html.replace("<head>", `<head>${style}`));
  }
}

/**
 * Captures the pages from the running site, builds the mirror with them (skipped when the captured
 * HTML has not changed since the last mirror build) and serves it. A styled mirror also carries the
 * site's own stylesheet, linked (`styled: "link"`, as ours) or at the top of each built page's head
 * ("inline": in the HTML only, not repeated in the RSC payload, the least any inlining could cost):
 * set against ours, it shows what the site costs beyond those rules, and against the bare mirror, what
 * the rules cost (`npm run lighthouse -- --styled-mirror=link,inline`).
 * @param {string} siteBase
 * @param {Record<string, string>} pages
 * @param {{ styled?: "link" | "inline" }} [options]
 */
export async function startMirror(siteBase, pages = PAGES, { styled } = {}) {
  const mains = await captureMains(siteBase, pages);
  const json = JSON.stringify(mains);
  const stylesheet = styled ? await captureStylesheet(siteBase) : "";
  const hash = createHash("sha256").update(json).update(stylesheet).update(readFileSync(path.join(root, "package-lock.json"))).digest("hex");
  mkdirSync(workDir, { recursive: true });
  const distDir = styled ? `.next-styled-${styled}` : ".next";
  const pagesFile = path.join(workDir, styled ? `mirror-pages-${styled}.json` : "mirror-pages.json");
  const stylesheetFile = path.join(workDir, "mirror-stylesheet.css");
  const buildEnv = { MIRROR_DIST_DIR: distDir, ...(styled === "link" ? { MIRROR_STYLESHEET: stylesheetFile } : {}) };
  const stamp = path.join(mirrorDir, distDir, "mirror-pages.sha256");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
    writeFileSync(pagesFile, json);
    if (styled) writeFileSync(stylesheetFile, stylesheet);
    process.stdout.write(`› building the ${styled ? `styled (${styled})` : "bare"} mirror of our pages… `);
    const start = performance.now();
    const result = spawnSync(next, ["build", mirrorDir], { cwd: root, env: { ...env, ...buildEnv, MIRROR_PAGES: pagesFile }, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`mirror build failed\n${result.stdout}\n${result.stderr}`);
    if (styled === "inline") inlineStylesheet(path.join(mirrorDir, distDir, "server", "app"), stylesheet);
    writeFileSync(stamp, hash);
    console.log(`${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return startServer(root, { dir: mirrorDir, env: { MIRROR_DIST_DIR: distDir } });
}

/**
 * Requests per second on an article against its mirror, in the same run: three rounds each,
 * alternating, median of each. The mirror serves the very same `<main>`, so the ratio is what the
 * site adds per request (its proxy, header and redirect rules, the rest of its HTML).
 */
export async function articleThroughputVsMirror(/** @type {import("./processes.mjs").Server} */ site, /** @type {number} */ seconds) {
  const { loadRun } = await import("./load.mjs");
  // All the measured pages, so the bench and `npm run lighthouse` share one mirror build.
  const mirror = await startMirror(site.base);
  try {
    const ours = [];
    const bare = [];
    for (let round = 0; round < 3; round++) {
      ours.push(await loadRun(site, PAGES.article, seconds));
      bare.push(await loadRun(mirror, mirrorPath(PAGES.article), seconds));
    }
    const median = (/** @type {{ rps: number }[]} */ runs) => /** @type {number} */ (runs.map((run) => run.rps).sort((a, b) => a - b)[Math.floor(runs.length / 2)]);
    return { oursRps: median(ours), mirrorRps: median(bare), ratio: +(median(ours) / median(bare)).toFixed(2), runs: { ours, mirror: bare } };
  } finally {
    mirror.stop();
  }
}

// `node bench/mirror.mjs [seconds]`: only the article's throughput against its mirror (builds what is
// missing first), for a quick look at what the site adds per request without the whole benchmark.
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const { ensureBuild, ensureDependencies } = await import("../scripts/lib/prepare.mjs");
  ensureDependencies();
  ensureBuild();
  const site = await startNext();
  try {
    const { oursRps, mirrorRps, ratio, runs } = await articleThroughputVsMirror(site, Number(process.argv[2] ?? 10));
    console.table({ ours: runs.ours.map((run) => run.rps), mirror: runs.mirror.map((run) => run.rps) });
    console.log(`article ${oursRps} req/s, mirror ${mirrorRps} req/s: ${ratio}× (goal ≥ 0.8×)`);
  } finally {
    site.stop();
  }
}
