import type { NextConfig } from "next";
import path from "node:path";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import { loadContent } from "./lib/content/load";
import { reviewsDue } from "./lib/content/reviews";
import { routes } from "./lib/routes";
import { writeSearchIndex } from "./lib/search/build-index";
import { INDEX_FILE_NAME } from "./lib/search/index-file";
import { securityHeaders } from "./lib/security-headers";
import { buildStamp } from "./lib/serving/build-stamp.mjs";
import { BUILD_ETAG_ENV, buildEtag } from "./lib/serving/etag";
import { site } from "./lib/site";

export default function nextConfig(phase: string): NextConfig {
  // A production build stamps what it serves (lib/serving/): the stamp is the build ID and the one ETag
  // of every response, which the proxy answers If-None-Match with. Development changes pages without a
  // build, so it has no stamp and no ETag.
  const stamp = phase === PHASE_PRODUCTION_BUILD ? buildStamp(process.cwd(), process.env) : undefined;
  // Pages and help lines past their review date are named at every build, but never stop one: advice
  // a day past its review is still better published than missing.
  if (phase === PHASE_PRODUCTION_BUILD) {
    const due = reviewsDue(loadContent());
    if (due.length) console.warn(`⚠ Due for review (npm run check:reviews):\n${due.map((line) => `  ${line}`).join("\n")}`);
  }
  const etag = stamp ? buildEtag(stamp) : undefined;
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
    // The search index is built once per build, after compiling, into the build folder; the routes that
    // search load it from there, so the standalone server ships it (content/ itself is not needed).
    compiler: {
      runAfterProductionCompile: async ({ distDir }) => {
        writeSearchIndex(distDir);
      },
    },
    // Searches are served from Next's page cache (proxy.ts → app/search/results/[key]): held in memory
    // up to this many bytes, least recently used first out, and never written to disk, so a stream of
    // distinct searches can neither grow the process nor fill the disk (and a key longer than a file
    // name allows never becomes one).
    cacheMaxMemorySize: 50 * 1024 * 1024,
    experimental: { isrFlushToDisk: false },
    outputFileTracingIncludes: { [routes.search()]: [`./.next/${INDEX_FILE_NAME}`], [routes.searchApi()]: [`./.next/${INDEX_FILE_NAME}`] },
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
      return loadContent().articles.flatMap((article) =>
        article.aliases.map((alias) => ({ source: routes.article(alias), destination: routes.article(article.slug), permanent: true })),
      );
    },
  };
}
