import { NextResponse, type NextRequest } from "next/server";
import { routes } from "@/lib/routes";
import { ifNoneMatchHits } from "@/lib/serving/etag";
import { searchParamValues } from "@/lib/search/query";
import { searchResultsKey } from "@/lib/serving/results-key";

// Inlined by the build from next.config.ts's `env` (the name is BUILD_ETAG_ENV; the bundler replaces
// only a literal process.env.NAME); absent in development.
const buildEtag = process.env.SITE_BUILD_ETAG;

/**
 * Three jobs, each for the few requests that need it (see the matcher below):
 * - A revalidation (If-None-Match) naming this build's ETag is answered 304 at once: nothing a build
 *   serves changes until the next build (lib/serving/etag.ts).
 * - Slugs are lowercase. A link typed or pasted with capitals (/Articles/How-To-…) gets a permanent
 *   redirect to the canonical lowercase URL instead of a 404. Only these three sections have slugs.
 * - A search (/search?q=…) is served by the cached results route for its cleaned input, so a
 *   repeated search is a cache hit rather than a fresh render. The address bar keeps /search?q=….
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

// Only requests that need the proxy reach it: an articles/tags/stages path (section name in any case)
// that contains a capital letter, /search with a query, and revalidations (If-None-Match). Canonical
// page URLs bypass it, because every request it sees pays for a trip through Next's middleware runner
// (bench/README.md has the cost). Next reads this object without running the module, so the paths are
// literals (and SLUG_SECTION above repeats the three sections for revalidations).
export const config = {
  matcher: [
    "/((?=.*[A-Z])(?:[Aa][Rr][Tt][Ii][Cc][Ll][Ee][Ss]|[Tt][Aa][Gg][Ss]|[Ss][Tt][Aa][Gg][Ee][Ss])(?:/.*)?)",
    { source: "/search", has: [{ type: "query", key: "q" }] },
    { source: "/:path*", has: [{ type: "header", key: "if-none-match" }] },
  ],
};
