import { getStage, getTag } from "@/lib/content";
import type { StageSlug, TagSlug } from "@/lib/taxonomy";
import { Chip, ChipList } from "./Chip";

const tagName = (slug: TagSlug) => getTag(slug)?.name ?? slug;
const stageTitle = (slug: StageSlug) => getStage(slug)?.title ?? slug;

export const TagChip = ({ slug }: { slug: TagSlug }) => <Chip kind="tag" slug={slug} label={tagName(slug)} />;

export function TagChips({ tags, label = "Topics", caption }: { tags: TagSlug[]; label?: string; caption?: string }) {
  return <ChipList kind="tag" items={tags.map((slug) => ({ slug, label: tagName(slug) }))} label={label} caption={caption} />;
}

export function StageChips({ stages, label = "Stages", caption }: { stages: StageSlug[]; label?: string; caption?: string }) {
  return <ChipList kind="stage" items={stages.map((slug) => ({ slug, label: stageTitle(slug) }))} label={label} caption={caption} />;
}
