import type { Metadata } from "next";
import { ArticleCards } from "@/components/ArticleCards";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagChips } from "@/components/Chips";
import { PassageList } from "@/components/PassageList";
import { SafetyBanner } from "@/components/SafetyBanner";
import { articlesWithTag, groupByArticle, passagesWithTag, relatedTags, showsSafetyBanner } from "@/lib/content";
import { tagRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";
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
  const passages = passagesWithTag(tag.slug);
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.tags, label: "Topics" }, { href: routes.tag(tag.slug), label: tag.name }]} />
      <h1>{tag.name}</h1>
      <p className="lead">{tag.description}</p>
      {showsSafetyBanner(tag) ? <SafetyBanner /> : null}
      <div className="prose" dangerouslySetInnerHTML={{ __html: tag.html }} />

      <section aria-labelledby="tag-articles">
        <h2 id="tag-articles">Articles on {tag.name.toLowerCase()} ({articles.length})</h2>
        <ArticleCards articles={articles} headingLevel={3} />
      </section>

      <section aria-labelledby="tag-passages">
        <h2 id="tag-passages">Every passage on {tag.name.toLowerCase()} ({plural(passages.length, "passage")})</h2>
        <PassageList groups={groupByArticle(passages)} />
      </section>

      <section aria-labelledby="tag-related">
        <h2 id="tag-related">Related topics</h2>
        <TagChips tags={relatedTags(tag.slug)} label="Related topics" />
      </section>
    </div>
  );
}
