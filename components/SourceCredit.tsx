import type { SourceCredit as Credit } from "@/lib/content/schema";
import { formatDate } from "@/lib/format";

/** "Our edition of “Title” by Author, Publisher (updated December 28, 2016)." — only what the source names. */
export function SourceCredit({ source }: { source: Credit }) {
  const by = [source.author, source.publisher].filter(Boolean).join(", ");
  const date = source.updated ? `updated ${formatDate(source.updated)}` : source.published ? `published ${formatDate(source.published)}` : "";
  return (
    <p className="credit">
      Our edition of <cite>{source.title}</cite>
      {by ? ` by ${by}` : ""}
      {date ? ` (${date})` : ""}, rewritten in our own words. <a href="/about#editors-notes">How we edit</a>
    </p>
  );
}
