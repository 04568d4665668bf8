import { ogCard, OG_SIZE } from "@/components/OgCard";
import { getTag, getTags, passagesWithTag } from "@/lib/content";
import { plural } from "@/lib/format";

export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return getTags().map((t) => ({ tag: t.slug }));
}

export default async function Image({ params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag((await params).tag);
  return ogCard({
    kicker: tag ? `Topic · ${plural(passagesWithTag(tag.slug).length, "passage")}` : "Topic",
    title: tag?.name ?? "Topics",
    subtitle: tag?.description,
  });
}
