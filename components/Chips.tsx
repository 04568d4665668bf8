import Link from "next/link";
import type { ReactNode } from "react";
import { getStage, getTag } from "@/lib/content";
import type { StageSlug, TagSlug } from "@/lib/taxonomy";

interface ChipsProps<T> {
  items: T[];
  label: string;
  /** A short visible label before the chips (article pages), so the two rows are told apart at a glance. */
  caption?: string;
  render: (item: T) => ReactNode;
  className?: string;
}

function ChipList<T extends string>({ items, label, caption, render, className = "chips" }: ChipsProps<T>) {
  if (!items.length) return null;
  const list = (
    <ul className={className} aria-label={label}>
      {items.map((item) => (
        <li key={item}>{render(item)}</li>
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
  return (
    <ChipList
      items={tags}
      label={label}
      caption={caption}
      render={(slug) => (
        <Link className="chip" href={`/tags/${slug}`}>
          {getTag(slug)?.name ?? slug}
        </Link>
      )}
    />
  );
}

export function StageChips({ stages, label = "Stages", caption }: { stages: StageSlug[]; label?: string; caption?: string }) {
  return (
    <ChipList
      items={stages}
      label={label}
      caption={caption}
      className="chips chips--stage"
      render={(slug) => (
        <Link className="chip chip--stage" href={`/stages/${slug}`}>
          {getStage(slug)?.title ?? slug}
        </Link>
      )}
    />
  );
}
