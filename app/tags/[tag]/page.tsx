import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCards } from "@/components/ArticleCards";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagChips } from "@/components/Chips";
import { PassageList } from "@/components/PassageList";
import { QuickExit } from "@/components/QuickExit";
import { articlesWithTag, getTag, getTags, groupByArticle, passagesWithTag, relatedTags } from "@/lib/content";
import { plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({ title: `${tag.name}: every passage on the topic`, description: tag.description, path: `/tags/${tag.slug}`, ownCard: `${tag.name}: a topic on ${site.name}` });
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  const articles = articlesWithTag(tag.slug);
  const passages = passagesWithTag(tag.slug);
  const safety = tag.slug === "red-flags";
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/tags", label: "Topics" }, { href: `/tags/${tag.slug}`, label: tag.name }]} />
      <h1>{tag.name}</h1>
      <p className="lead">{tag.description}</p>
      {safety ? (
        <div className="safety-banner" role="note">
          <p>
            <strong>If you are afraid of someone, or afraid for yourself,</strong> please reach out now:{" "}
            <Link href="/help">crisis and abuse support lines</Link> are free, confidential and open around the clock.
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
