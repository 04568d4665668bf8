import { NextResponse, type NextRequest } from "next/server";
import { routes } from "@/lib/routes";
import { ifNoneMatchHits } from "@/lib/serving/etag";
import { searchParamValues } from "@/lib/search/query";
import { searchResultsKey } from "@/lib/serving/results-key";

// Inlined from next.config.ts's `env` (BUILD_ETAG_ENV): the bundler replaces only a literal process.env.NAME.
const buildEtag = process.env.SITE_BUILD_ETAG;

/**
 * - A revalidation naming this build's ETag gets a 304 at once: nothing changes until the next build.
 * - Slugs are lowercase: a pasted /Articles/How-To-… gets a permanent redirect instead of a 404.
 * - /search?q=… is rewritten to the results route of its cleaned input, so a repeated search is a cache hit;
 *   the address bar keeps /search?q=….
 */
export function proxy(request: NextRequest) {
  if (buildEtag && ifNoneMatchHits(request.headers.get("if-none-match"), buildEtag)) {
    return new NextResponse(null, { status: 304, headers: { ETag: buildEtag } });
  }
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === routes.search() && searchParams.has("q")) {
    return NextResponse.rewrite(new URL(routes.searchResults(searchResultsKey(searchParamValues(searchParams))), request.url));
  }
  const lower = pathname.toLowerCase();
  // A revalidation of any path reaches the proxy too; only the sections with slugs are lowercased.
  if (lower === pathname || !SLUG_SECTION.test(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = lower;
  return NextResponse.redirect(url, 308);
}

const SLUG_SECTION = /^\/(?:articles|tags|stages)(?:\/|$)/i;

// Every request the proxy sees pays for Next's middleware runner (bench/README.md), so canonical page URLs bypass it.
// Next reads this object without running the module, so the paths are literals (SLUG_SECTION repeats the sections).
export const config = {
  matcher: [
    "/((?=.*[A-Z])(?:[Aa][Rr][Tt][Ii][Cc][Ll][Ee][Ss]|[Tt][Aa][Gg][Ss]|[Ss][Tt][Aa][Gg][Ee][Ss])(?:/.*)?)",
    { source: "/search", has: [{ type: "query", key: "q" }] },
    { source: "/:path*", has: [{ type: "header", key: "if-none-match" }] },
  ],
};
