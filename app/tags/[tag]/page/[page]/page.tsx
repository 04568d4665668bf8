import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PagedPassages } from "@/components/PagedPassages";
import { SafetyBanner } from "@/components/SafetyBanner";
import { getTags, passagesWithTag, showsSafetyBanner } from "@/lib/content";
import { tagRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";
import { laterPages, LISTING, pageNumber, pageOf } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";

// Page 2, 3, … of a topic's passages: prerendered like the first page, one static URL each.
type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().flatMap((tag) => laterPages(passagesWithTag(tag.slug).length, LISTING.passagesPerPage).map(({ page }) => ({ tag: tag.slug, page })));
}

async function load(params: Props["params"]) {
  const tag = await tagRoute.entry(params);
  const passages = pageOf(passagesWithTag(tag.slug), pageNumber((await params).page), LISTING.passagesPerPage);
  if (!passages || passages.page === 1) notFound();
  return { tag, passages };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, passages } = await load(params);
  return pageMetadata({
    title: `${tag.name}: every passage on the topic, page ${passages.page} of ${passages.pageCount}`,
    description: tag.description,
    path: routes.tag(tag.slug, passages.page),
    ownCard: `${tag.name}: a topic on ${site.name}`,
    cardPath: routes.tag(tag.slug),
  });
}

export default async function TagPassagesPage({ params }: Props) {
  const { tag, passages } = await load(params);
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.tags, label: "Topics" }, { href: routes.tag(tag.slug), label: tag.name }, { href: routes.tag(tag.slug, passages.page), label: `Page ${passages.page}` }]} />
      <h1>{tag.name}</h1>
      <p className="lead">{tag.description}</p>
      {showsSafetyBanner(tag) ? <SafetyBanner /> : null}
      <PagedPassages
        id="tag-passages"
        heading={`Every passage on ${tag.name.toLowerCase()} (${plural(passages.total, "passage")}), page ${passages.page} of ${passages.pageCount}`}
        passages={passages}
        pagerLabel={`Pages of passages on ${tag.name.toLowerCase()}`}
        href={(page) => routes.tag(tag.slug, page)}
      />
    </div>
  );
}
