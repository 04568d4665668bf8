import type { NextConfig } from "next";
import path from "node:path";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { spawnSync } from "node:child_process";
import { loadContent } from "./lib/content/load";
import { routes } from "./lib/routes";
import { writeSearchIndex } from "./lib/search/build-index";
import { INDEX_FILE_NAME } from "./lib/search/index-file";
import { aliasRedirects, contentBuildDir, installContentBuild, readContentBuild, type ContentBuild } from "./lib/serving/content-build";
import { securityHeaders } from "./lib/security-headers";
import { buildStamp } from "./lib/serving/build-stamp.mjs";
import { BUILD_ETAG_ENV, buildEtag } from "./lib/serving/etag";
import { site } from "./lib/site";

export default function nextConfig(phase: string): NextConfig {
  // A production build stamps what it serves (lib/serving/): the stamp is the build ID and the one ETag
  // of every response, which the proxy answers If-None-Match with. Development changes pages without a
  // build, so it has no stamp and no ETag.
  const stamp = phase === PHASE_PRODUCTION_BUILD ? buildStamp(process.cwd(), process.env) : undefined;
  const etag = stamp ? buildEtag(stamp) : undefined;
  // A build reads and checks content/ once, in a process of its own, before compiling; it writes the
  // search index and the content snapshot every later step reads (lib/serving/content-build.ts).
  const contentStep = stamp && etag ? buildContentOnce(stamp, etag) : undefined;
  // Pages and help lines past their review date are named at every build, but never stop one: advice
  // a day past its review is still better published than missing.
  if (contentStep?.due.length) console.warn(`⚠ Due for review (npm run check:reviews):\n${contentStep.due.map((line) => `  ${line}`).join("\n")}`);
  // The development server searches the same file a build writes, made from the content as it is
  // when the server starts (restart it to search edited content); search never reads content/ itself.
  if (phase === PHASE_DEVELOPMENT_SERVER) writeSearchIndex(path.join(process.cwd(), ".next"));
  return {
    poweredByHeader: false,
    // Next would hash every page's HTML on every request to make an ETag; the build's stamp is the ETag.
    generateEtags: false,
    ...(stamp && etag ? { generateBuildId: () => stamp, env: { [BUILD_ETAG_ENV]: etag } } : {}),
    reactStrictMode: true,
    // Next's build adapter hook (lib/serving/next-adapter.mjs): at the end of the build, every prerendered
    // page is rewritten to Latin-1 text (character references for anything wider), which Node serves far
    // faster; lib/serving/one-byte-html.mjs says why. With an adapter, Next keeps prerendered pages under
    // .next/server/route-cache/ rather than beside the page code; `next start` serves them the same.
    adapterPath: path.join(process.cwd(), "lib", "serving", "next-adapter.mjs"),
    // `npm run build:standalone` (the Dockerfile, `npm run start:standalone`) adds a self-contained server in
    // .next/standalone for containers (docs/deploy.md). Plain builds leave it out: `next start` warns that it
    // does not serve standalone output, and the copy is wasted work for every other build.
    output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
    // The content step's files go into the build folder once Next has made it: the search index, which
    // the routes that search load, and the content snapshot (lib/serving/content-snapshot.ts), which the
    // page workers and the server (rendering the long tail of pages on request) read instead of
    // content/. The standalone server ships both; content/ itself is not needed.
    compiler: {
      runAfterProductionCompile: async ({ distDir }) => {
        if (stamp) installContentBuild(contentBuildDir(process.cwd(), stamp), distDir);
      },
    },
    // Pages rendered on request (the long tail of articles, later listing pages, preview images, searches)
    // are kept by lib/serving/cache-handler.mjs: in memory up to this many bytes (least recently used
    // out) in front of the build folder or, with REDIS_URL set, a Redis every instance shares. Searches
    // stay in memory only, so a stream of distinct searches can neither grow the process nor fill a disk;
    // a 404 is never kept. docs/deploy.md says how to run several instances.
    cacheHandler: path.join(process.cwd(), "lib", "serving", "cache-handler.mjs"),
    cacheMaxMemorySize: 50 * 1024 * 1024,
    // One stylesheet for the whole site, linked by every page: a first visit waits for one small file
    // (about 43 KB, 9 KB compressed) and every later page has it cached. Turbopack would otherwise split
    // the CSS Modules into a file per route group, three or four per page; the "graph" chunker with a
    // request costing more than all our CSS merges them into one. Inlining the CSS instead (inlineCss)
    // was measured and dropped (bench/README.md): Next 16.4 writes the inlined CSS into each document
    // three times, which halved the article's throughput and doubled its blocking time.
    experimental: { cssChunking: { type: "graph", requestCost: 1_000_000 } },
    outputFileTracingIncludes: {
      [routes.search()]: [`./.next/${INDEX_FILE_NAME}`],
      [routes.searchApi()]: [`./.next/${INDEX_FILE_NAME}`],
    },
    async headers() {
      return [
        { source: "/:path*", headers: [...securityHeaders(site.url), ...(etag ? [{ key: "ETag", value: etag }] : [])] },
        // Search results change only with a new build; let browsers and CDNs reuse them briefly.
        { source: routes.search(), headers: [{ key: "Cache-Control", value: "public, max-age=60, s-maxage=300, stale-while-revalidate=600" }] },
      ];
    },
    async redirects() {
      // Former slugs declared in front matter answer with a permanent (308) redirect. The same
      // validated content the pages use, so an alias that collides with a slug fails the build.
      return contentStep?.redirects ?? aliasRedirects(loadContent());
    },
  };
}

/**
 * The build's content step (lib/serving/content-build.ts) for this stamp: run in its own process with
 * tsx (a devDependency, there wherever `next build` runs), unless a build of the same stamp already
 * ran it. Its heap is capped so that it collects garbage instead of growing: the whole build's memory
 * is what a small machine has. A content problem prints the loader's lines and stops the build.
 */
function buildContentOnce(stamp: string, etag: string): ContentBuild {
  const dir = contentBuildDir(process.cwd(), stamp);
  const done = readContentBuild(dir);
  if (done) return done;
  const started = performance.now();
  const step = spawnSync(process.execPath, ["--max-old-space-size=1024", "--import", "tsx", path.join("scripts", "lib", "build-content.mts"), dir, etag], {
    cwd: process.cwd(),
    stdio: "inherit",
  });
  const result = step.status === 0 ? readContentBuild(dir) : undefined;
  if (!result) throw new Error(`Invalid content: the content step failed (${step.error?.message ?? `exit ${step.status}`}); its problems are listed above`);
  console.log(`✓ Read, checked and indexed the content in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  return result;
}
