import Link from "next/link";
import { getStage, getTag } from "@/lib/content";
import type { StageSlug, TagSlug } from "@/lib/taxonomy";

export function TagChips({ tags, label = "Topics" }: { tags: TagSlug[]; label?: string }) {
  if (!tags.length) return null;
  return (
    <ul className="chips" aria-label={label}>
      {tags.map((slug) => (
        <li key={slug}>
          <Link className="chip" href={`/tags/${slug}`}>
            {getTag(slug)?.name ?? slug}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function StageChips({ stages, label = "Stages" }: { stages: StageSlug[]; label?: string }) {
  if (!stages.length) return null;
  return (
    <ul className="chips chips--stage" aria-label={label}>
      {stages.map((slug) => (
        <li key={slug}>
          <Link className="chip chip--stage" href={`/stages/${slug}`}>
            {getStage(slug)?.title ?? slug}
          </Link>
        </li>
      ))}
    </ul>
  );
}
