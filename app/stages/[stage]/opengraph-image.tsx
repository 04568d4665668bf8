import { ogCard, OG_SIZE } from "@/components/OgCard";
import { getStage, getStages } from "@/lib/content";

export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return getStages().map((s) => ({ stage: s.slug }));
}

export default async function Image({ params }: { params: Promise<{ stage: string }> }) {
  const stage = getStage((await params).stage);
  return ogCard({
    kicker: stage ? `Stage ${stage.step} of ${getStages().length}` : "Stage",
    title: stage?.title ?? "Stages",
    subtitle: stage?.summary,
  });
}
