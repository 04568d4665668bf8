import type { NextRequest } from "next/server";
import { parseSearchInput, search, searchParamValues } from "@/lib/search";

// The live search's results: one page (never the index), so a download does not grow with the number of articles.
// GET with the query in the URL, so browsers and CDNs can cache it.
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
