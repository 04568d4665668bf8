import type { NextRequest } from "next/server";
import { parseSearchInput, search, searchParamValues } from "@/lib/search";

// Results as JSON for the live search: the same engine and the same zod input cleaning as the /search
// page, one page of results (never the index), so what a reader downloads does not grow with the
// number of articles. GET with the query in the URL, so browsers and CDNs can cache it.
export function GET(request: NextRequest) {
  const input = parseSearchInput(searchParamValues(request.nextUrl.searchParams));
  const results = search(input);
  return Response.json(
    { query: { q: input.q, tag: input.tag ?? null, stage: input.stage ?? null, page: results.page }, ignored: input.ignored, ...results },
    {
      headers: {
        // Results change only with a new build: browsers reuse them for a minute, CDNs for five.
        "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=600",
        "X-Robots-Tag": "noindex",
      },
    },
  );
}
