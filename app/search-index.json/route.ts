import { getSiteSearch } from "@/lib/search";

// Written once at build time: the browser's live search loads this prebuilt index instead of
// asking the server on every keystroke.
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(getSiteSearch().index), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
