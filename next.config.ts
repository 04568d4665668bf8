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
  // Only a production build has a stamp (build ID and site-wide ETag); development changes pages without a build.
  const stamp = phase === PHASE_PRODUCTION_BUILD ? buildStamp(process.cwd(), process.env) : undefined;
  const etag = stamp ? buildEtag(stamp) : undefined;
  const contentStep = stamp && etag ? buildContentOnce(stamp, etag) : undefined;
  // Pages past their review date are named but never stop a build: late advice beats missing advice.
  if (contentStep?.due.length) console.warn(`⚠ Due for review (npm run check:reviews):\n${contentStep.due.map((line) => `  ${line}`).join("\n")}`);
  // Development searches the same file a build writes, made at server start (restart to search edited content).
  if (phase === PHASE_DEVELOPMENT_SERVER) writeSearchIndex(path.join(process.cwd(), ".next"));
  return {
    poweredByHeader: false,
    // Next would hash every page's HTML on every request; the build's stamp is the ETag instead.
    generateEtags: false,
    ...(stamp && etag ? { generateBuildId: () => stamp, env: { [BUILD_ETAG_ENV]: etag } } : {}),
    reactStrictMode: true,
    // Rewrites prerendered pages to Latin-1 (lib/serving/one-byte-html.mjs says why). With an adapter, Next keeps
    // prerendered pages under .next/server/route-cache/; `next start` serves them the same.
    adapterPath: path.join(process.cwd(), "lib", "serving", "next-adapter.mjs"),
    // Only for `npm run build:standalone` (docs/deploy.md): `next start` warns about standalone output.
    output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
    // The search index and content snapshot go into the build folder once Next has made it (content/ is not shipped).
    compiler: {
      runAfterProductionCompile: async ({ distDir }) => {
        if (stamp) installContentBuild(contentBuildDir(process.cwd(), stamp), distDir);
      },
    },
    // Pages rendered on request: memory up to cacheMaxMemorySize in front of the build folder or Redis (REDIS_URL).
    // Searches stay in memory only, and a 404 is never kept (lib/serving/cache-handler.mjs, docs/deploy.md).
    cacheHandler: path.join(process.cwd(), "lib", "serving", "cache-handler.mjs"),
    cacheMaxMemorySize: 50 * 1024 * 1024,
    // One stylesheet for the site, not three or four per page (Turbopack splits CSS Modules per route group). inlineCss
    // was measured and dropped (bench/README.md): Next writes the inlined CSS into each document three times.
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
      // Former slugs (front matter aliases) get a 308; an alias that collides with a slug fails validation.
      return contentStep?.redirects ?? aliasRedirects(loadContent());
    },
  };
}

/**
 * The content step (lib/serving/content-build.ts) in a process of its own, with tsx (a devDependency, there wherever
 * `next build` runs), unless this stamp already ran it. Its heap is capped so it collects garbage instead of growing:
 * the whole build must fit a small machine.
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
