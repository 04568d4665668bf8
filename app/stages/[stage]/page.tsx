import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagChips } from "@/components/Chips";
import { Pager } from "@/components/Pager";
import { PagedPassages } from "@/components/PagedPassages";
import { Prose } from "@/components/Prose";
import { SafetyBanner } from "@/components/SafetyBanner";
import { getStages, neighbours, passagesForStage, showsSafetyBanner } from "@/lib/content";
import { stageRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";
import { LISTING, pageOf } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";

type Props = { params: Promise<{ stage: string }> };

export const dynamicParams = false;

export const generateStaticParams = stageRoute.generateStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stage = await stageRoute.entry(params);
  return pageMetadata({ title: `Stage ${stage.step}: ${stage.title}`, description: stage.description, path: routes.stage(stage.slug), ownCard: `Stage ${stage.step}, ${stage.title}: guidance from ${site.name}` });
}

export default async function StagePage({ params }: Props) {
  const stage = await stageRoute.entry(params);
  const stages = getStages();
  const { previous, next } = neighbours(stages, stage.slug);
  const passages = pageOf(passagesForStage(stage.slug), 1, LISTING.passagesPerPage)!;
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.stages, label: "Stages" }, { href: routes.stage(stage.slug), label: stage.title }]} />
      <p className="eyebrow">Stage {stage.step} of {stages.length}</p>
      <h1>{stage.title}</h1>
      <p className="lead">{stage.summary}</p>
      {showsSafetyBanner(stage) ? <SafetyBanner /> : null}
      <Prose introHtml={stage.introHtml} sections={stage.sections} />

      <section aria-labelledby="stage-topics">
        <h2 id="stage-topics">Topics that matter most now</h2>
        <TagChips tags={stage.tags} label="Topics for this stage" />
      </section>

      <PagedPassages
        id="stage-passages"
        heading={`From the guides (${plural(passages.total, "passage")})`}
        passages={passages}
        showTags
        pagerLabel={`Pages of passages for ${stage.title.toLowerCase()}`}
        href={(page) => routes.stage(stage.slug, page)}
      />

      <Pager
        label="Stages"
        previous={previous && { href: routes.stage(previous.slug), label: "Previous stage", title: previous.title }}
        next={next && { href: routes.stage(next.slug), label: "Next stage", title: next.title }}
      />
    </div>
  );
}
