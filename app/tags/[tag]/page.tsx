import type { Metadata } from "next";
import Link from "next/link";
import { ArticleCards } from "@/components/ArticleCards";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagChips } from "@/components/Chips";
import { PassageList } from "@/components/PassageList";
import { QuickExit } from "@/components/QuickExit";
import { articlesWithTag, groupByArticle, passagesWithTag, relatedTags } from "@/lib/content";
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
  const safety = tag.slug === "red-flags";
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.tags, label: "Topics" }, { href: routes.tag(tag.slug), label: tag.name }]} />
      <h1>{tag.name}</h1>
      <p className="lead">{tag.description}</p>
      {safety ? (
        <div className="safety-banner" role="note">
          <p>
            <strong>If you are afraid of someone, or afraid for yourself,</strong> please reach out now:{" "}
            <Link href={routes.help()}>crisis and abuse support lines</Link> are free, confidential and open around the clock.
          </p>
          <QuickExit />
        </div>
      ) : null}
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
