import type { SourceCredit as Credit } from "@/lib/content/schema";
import { formatDate } from "@/lib/format";
import { routes, withAnchor } from "@/lib/routes";
import styles from "./SourceCredit.module.css";

/** " by Author, Publisher (updated 28 December 2016)": only what the source itself names. */
export function sourceByline(source: Credit): string {
  const by = [source.author, source.publisher].filter(Boolean).join(", ");
  const date = source.updated ? `updated ${formatDate(source.updated)}` : source.published ? `published ${formatDate(source.published)}` : "";
  return `${by ? ` by ${by}` : ""}${date ? ` (${date})` : ""}`;
}

export function SourceCredit({ source }: { source: Credit }) {
  return (
    <p className={styles.credit}>
      Our edition of <cite>{source.title}</cite>
      {sourceByline(source)}, rewritten in our own words. <a href={withAnchor(routes.about, "editors-notes")}>How we edit</a>
    </p>
  );
}
