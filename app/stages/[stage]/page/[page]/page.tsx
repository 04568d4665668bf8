import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PagedPassages } from "@/components/PagedPassages";
import { SafetyBanner } from "@/components/SafetyBanner";
import { getStages, passagesForStage, showsSafetyBanner } from "@/lib/content";
import { stageRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";
import { laterPages, LISTING, pageNumber, pageOf } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";

// Page 2, 3, … of a stage's passages: prerendered like the first page, one static URL each.
type Props = { params: Promise<{ stage: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getStages().flatMap((stage) => laterPages(passagesForStage(stage.slug).length, LISTING.passagesPerPage).map(({ page }) => ({ stage: stage.slug, page })));
}

async function load(params: Props["params"]) {
  const stage = await stageRoute.entry(params);
  const passages = pageOf(passagesForStage(stage.slug), pageNumber((await params).page), LISTING.passagesPerPage);
  if (!passages || passages.page === 1) notFound();
  return { stage, passages };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { stage, passages } = await load(params);
  return pageMetadata({
    title: `Stage ${stage.step}: ${stage.title}, passages page ${passages.page} of ${passages.pageCount}`,
    description: stage.description,
    path: routes.stage(stage.slug, passages.page),
    ownCard: `Stage ${stage.step}, ${stage.title}: guidance from ${site.name}`,
    cardPath: routes.stage(stage.slug),
  });
}

export default async function StagePassagesPage({ params }: Props) {
  const { stage, passages } = await load(params);
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.stages, label: "Stages" }, { href: routes.stage(stage.slug), label: stage.title }, { href: routes.stage(stage.slug, passages.page), label: `Page ${passages.page}` }]} />
      <p className="eyebrow">Stage {stage.step} of {getStages().length}</p>
      <h1>{stage.title}</h1>
      <p className="lead">{stage.summary}</p>
      {showsSafetyBanner(stage) ? <SafetyBanner /> : null}
      <PagedPassages
        id="stage-passages"
        heading={`From the guides (${plural(passages.total, "passage")}), page ${passages.page} of ${passages.pageCount}`}
        passages={passages}
        showTags
        pagerLabel={`Pages of passages for ${stage.title.toLowerCase()}`}
        href={(page) => routes.stage(stage.slug, page)}
      />
    </div>
  );
}
