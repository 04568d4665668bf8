import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagChips } from "@/components/Chips";
import { PassageList } from "@/components/PassageList";
import { QuickExit } from "@/components/QuickExit";
import { getStage, getStages, groupByArticle, neighbours, passagesForStage } from "@/lib/content";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

type Props = { params: Promise<{ stage: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getStages().map((stage) => ({ stage: stage.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stage = getStage((await params).stage);
  if (!stage) return {};
  return pageMetadata({ title: `Stage ${stage.step}: ${stage.title}`, description: stage.description, path: `/stages/${stage.slug}`, ownCard: `Stage ${stage.step}, ${stage.title}: guidance from ${site.name}` });
}

export default async function StagePage({ params }: Props) {
  const stage = getStage((await params).stage);
  if (!stage) notFound();
  const stages = getStages();
  const { previous, next } = neighbours(stages, stage.slug);
  const passages = passagesForStage(stage.slug);
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/stages", label: "Stages" }, { href: `/stages/${stage.slug}`, label: stage.title }]} />
      <p className="eyebrow">Stage {stage.step} of {stages.length}</p>
      <h1>{stage.title}</h1>
      <p className="lead">{stage.summary}</p>
      {stage.safety ? (
        <div className="safety-banner" role="note">
          <p>
            <strong>Your safety comes first.</strong> If anyone is threatening you, or you are thinking of hurting
            yourself, <Link href="/help">talk to someone now</Link>: the lines are free and confidential.
          </p>
          <QuickExit />
        </div>
      ) : null}
      <div className="prose" dangerouslySetInnerHTML={{ __html: stage.html }} />

      <section aria-labelledby="stage-topics">
        <h2 id="stage-topics">Topics that matter most now</h2>
        <TagChips tags={stage.tags} label="Topics for this stage" />
      </section>

      <section aria-labelledby="stage-passages">
        <h2 id="stage-passages">From the guides ({plural(passages.length, "passage")})</h2>
        <PassageList groups={groupByArticle(passages)} showTags />
      </section>

      <nav aria-label="Stages" className="pager">
        {previous ? (
          <Link href={`/stages/${previous.slug}`} rel="prev" className="pager__prev">
            <span className="pager__label">Previous stage</span> {previous.title}
          </Link>
        ) : <span />}
        {next ? (
          <Link href={`/stages/${next.slug}`} rel="next" className="pager__next">
            <span className="pager__label">Next stage</span> {next.title}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
