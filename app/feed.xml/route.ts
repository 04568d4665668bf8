import { getArticles } from "@/lib/content";
import { buildFeed } from "@/lib/feed";
import { LISTING } from "@/lib/listing";

export const dynamic = "force-static";

export function GET() {
  // The newest articles only: a feed reader wants what is new, and the file must not grow with the archive.
  return new Response(buildFeed(getArticles().slice(0, LISTING.feedItems)), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
