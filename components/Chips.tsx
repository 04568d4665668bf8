import { getStage, getTag } from "@/lib/content";
import { routes } from "@/lib/routes";
import type { StageSlug, TagSlug } from "@/lib/taxonomy";

/** One link to a topic or stage page, styled as a chip. The only place chip markup is written. */
export function Chip({ kind, slug, label }: { kind: "tag" | "stage"; slug: string; label: string }) {
  return kind === "stage" ? (
    <a className="chip chip--stage" href={routes.stage(slug)}>{label}</a>
  ) : (
    <a className="chip" href={routes.tag(slug)}>{label}</a>
  );
}

const tagName = (slug: TagSlug) => getTag(slug)?.name ?? slug;
const stageTitle = (slug: StageSlug) => getStage(slug)?.title ?? slug;

interface ChipListProps {
  kind: "tag" | "stage";
  items: { slug: string; label: string }[];
  /** Accessible name of the list ("Topics of this article"). */
  label: string;
  /** A short visible label before the chips (article pages), so the two rows are told apart at a glance. */
  caption?: string;
}

function ChipList({ kind, items, label, caption }: ChipListProps) {
  if (!items.length) return null;
  const list = (
    <ul className={kind === "stage" ? "chips chips--stage" : "chips"} aria-label={label}>
      {items.map((item) => (
        <li key={item.slug}><Chip kind={kind} {...item} /></li>
      ))}
    </ul>
  );
  if (!caption) return list;
  return (
    <div className="chip-row">
      <span className="chip-row__caption" aria-hidden="true">
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
