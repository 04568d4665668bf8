import type { Metadata } from "next";
import { TagChips } from "@/components/Chips";
import { Pager } from "@/components/Pager";
import { PassageListingPage } from "@/components/PassageListingPage";
import { ReviewDates } from "@/components/ReviewDates";
import { Prose } from "@/components/Prose";
import { getStages, showsSafetyBanner, stageNeighbours } from "@/lib/content";
import { stageRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";

// /stages/<stage> and its later pages of passages, /stages/<stage>/page/<n>: both routes export these.
type Props = { params: Promise<{ stage: string; page?: string }> };

export async function stageMetadata({ params }: Props): Promise<Metadata> {
  const { entry: stage, passages } = await stageRoute.passagePage(params);
  const later = passages.page > 1 ? `, passages page ${passages.page} of ${passages.pageCount}` : "";
  return pageMetadata({
    title: `Stage ${stage.step}: ${stage.title}${later}`,
    description: stage.description,
    path: routes.stage(stage.slug, passages.page),
    ownCard: `Stage ${stage.step}, ${stage.title}: guidance from ${site.name}`,
    cardPath: routes.stage(stage.slug),
  });
}

export async function StagePage({ params }: Props) {
  const { entry: stage, passages } = await stageRoute.passagePage(params);
  const stages = getStages();
  const { previous, next } = stageNeighbours(stage.slug, stages);
  return (
    <PassageListingPage
      index={{ href: routes.stages, label: "Stages" }}
      href={(page) => routes.stage(stage.slug, page)}
      eyebrow={`Stage ${stage.step} of ${stages.length}`}
      title={stage.title}
      lead={stage.summary}
      safety={showsSafetyBanner(stage)}
      passages={passages}
      passagesId="stage-passages"
      passagesHeading={`From the guides (${plural(passages.total, "passage")})`}
      pagerLabel={`Pages of passages for ${stage.title.toLowerCase()}`}
      showTags
      before={
        <>
          <Prose introHtml={stage.introHtml} sections={stage.sections} />
          <section aria-labelledby="stage-topics">
            <h2 id="stage-topics">Topics that matter most now</h2>
            <TagChips tags={stage.tags} label="Topics for this stage" />
          </section>
        </>
      }
      after={
        <>
          <ReviewDates reviewed={stage.reviewed} />
          <Pager
            label="Stages"
            previous={previous && { href: routes.stage(previous.slug), label: "Previous stage", title: previous.title }}
            next={next && { href: routes.stage(next.slug), label: "Next stage", title: next.title }}
          />
        </>
      }
    />
  );
}
