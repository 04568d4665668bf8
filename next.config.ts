import type { NextConfig } from "next";
import { loadContent } from "./lib/content/load";
import { routes } from "./lib/routes";
import { securityHeaders } from "./lib/security-headers";
import { site } from "./lib/site";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The benchmark builds synthetic content into its own folder so it never clobbers the real build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run build:standalone` (the Dockerfile, `npm run start:standalone`) adds a self-contained server in
  // .next/standalone for containers (docs/deploy.md). Plain builds leave it out: `next start` warns that it
  // does not serve standalone output, and the copy is wasted work for every other build.
  output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
  // /search renders per request and reads the content folder, so the standalone server must ship it.
  outputFileTracingIncludes: { "/search": ["./content/**/*"] },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(site.url) },
      // Search results change only with a new build; let browsers and CDNs reuse them briefly.
      { source: "/search", headers: [{ key: "Cache-Control", value: "public, max-age=60, s-maxage=300, stale-while-revalidate=600" }] },
      { source: "/search-index.json", headers: [{ key: "Cache-Control", value: "public, max-age=3600, s-maxage=86400" }] },
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

export default nextConfig;
