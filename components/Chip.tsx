import { routes } from "@/lib/routes";
import styles from "./Chip.module.css";

/** A link to a tag or stage page as a chip; free of the content loader, so the live search can use it in the browser. */
export function Chip({ kind, slug, label }: { kind: "tag" | "stage"; slug: string; label: string }) {
  const className = kind === "stage" ? `${styles.chip} ${styles["chip--stage"]}` : styles.chip;
  return <a className={className} href={kind === "stage" ? routes.stage(slug) : routes.tag(slug)}>{label}</a>;
}

interface ChipListProps {
  kind: "tag" | "stage";
  items: { slug: string; label: string }[];
  label: string;
  /** A short visible label before the chips (article pages), so the two rows are told apart at a glance. */
  caption?: string;
}

/** A row of chips with their names given, so pages that must not load the content (search) can use it too. */
export function ChipList({ kind, items, label, caption }: ChipListProps) {
  if (!items.length) return null;
  const list = (
    <ul className={styles.chips} aria-label={label}>
      {items.map((item) => (
        <li key={item.slug}><Chip kind={kind} {...item} /></li>
      ))}
    </ul>
  );
  if (!caption) return list;
  return (
    <div className={styles["chip-row"]}>
      <span className={styles["chip-row__caption"]} aria-hidden="true">{caption}</span>
      {list}
    </div>
  );
}
