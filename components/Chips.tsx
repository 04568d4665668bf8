import { getStage, getTag } from "@/lib/content";
import type { StageSlug, TagSlug } from "@/lib/taxonomy";
import { Chip } from "./Chip";
import styles from "./Chip.module.css";


const tagName = (slug: TagSlug) => getTag(slug)?.name ?? slug;
const stageTitle = (slug: StageSlug) => getStage(slug)?.title ?? slug;

/** A tag's chip, named from the tag's own file. */
export const TagChip = ({ slug }: { slug: TagSlug }) => <Chip kind="tag" slug={slug} label={tagName(slug)} />;

interface ChipListProps {
  kind: "tag" | "stage";
  items: { slug: string; label: string }[];
  /** Accessible name of the list ("Topics of this article"). */
  label: string;
  /** A short visible label before the chips (article pages), so the two rows are told apart at a glance. */
  caption?: string;
}

/** Chips with their names given (the search page has them from the index, not from the content). */
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
      <span className={styles["chip-row__caption"]} aria-hidden="true">
        {caption}
      </span>
      {list}
    </div>
  );
}

export function TagChips({ tags, label = "Topics", caption }: { tags: TagSlug[]; label?: string; caption?: string }) {
  return <ChipList kind="tag" items={tags.map((slug) => ({ slug, label: tagName(slug) }))} label={label} caption={caption} />;
}

export function StageChips({ stages, label = "Stages", caption }: { stages: StageSlug[]; label?: string; caption?: string }) {
  return <ChipList kind="stage" items={stages.map((slug) => ({ slug, label: stageTitle(slug) }))} label={label} caption={caption} />;
}
