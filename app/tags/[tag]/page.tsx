import type { Metadata } from "next";
import { ArticleCards } from "@/components/ArticleCards";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagChips } from "@/components/Chips";
import { PagedPassages } from "@/components/PagedPassages";
import { SafetyBanner } from "@/components/SafetyBanner";
import { articlesWithTag, passagesWithTag, relatedTags, showsSafetyBanner } from "@/lib/content";
import { Prose } from "@/components/Prose";
import { tagRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";
import { LISTING, pageOf } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export const generateStaticParams = tagRoute.generateStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await tagRoute.entry(params);
  return pageMetadata({ title: `${tag.name}: every passage on the topic`, description: tag.description, path: routes.tag(tag.slug), ownCard: `${tag.name}: a topic on ${site.name}` });
}

export default async function TagPage({ params }: Props) {
  const tag = await tagRoute.entry(params);
  const articles = articlesWithTag(tag.slug);
  const passages = pageOf(passagesWithTag(tag.slug), 1, LISTING.passagesPerPage)!;
  const newest = articles.slice(0, LISTING.topicArticles);
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.tags, label: "Topics" }, { href: routes.tag(tag.slug), label: tag.name }]} />
      <h1>{tag.name}</h1>
      <p className="lead">{tag.description}</p>
      {showsSafetyBanner(tag) ? <SafetyBanner /> : null}
      <Prose introHtml={tag.introHtml} sections={tag.sections} />

      <section aria-labelledby="tag-articles">
        <h2 id="tag-articles">Articles on {tag.name.toLowerCase()} ({articles.length})</h2>
        <ArticleCards articles={newest} headingLevel={3} />
        {articles.length > newest.length ? (
          <p className="card__meta">The {newest.length} newest of {articles.length}; every one of them appears with its passages below.</p>
        ) : null}
      </section>

      <PagedPassages
        id="tag-passages"
        heading={`Every passage on ${tag.name.toLowerCase()} (${plural(passages.total, "passage")})`}
        passages={passages}
        pagerLabel={`Pages of passages on ${tag.name.toLowerCase()}`}
        href={(page) => routes.tag(tag.slug, page)}
      />

      <section aria-labelledby="tag-related">
        <h2 id="tag-related">Related topics</h2>
        <TagChips tags={relatedTags(tag.slug)} label="Related topics" />
      </section>
    </div>
  );
}
