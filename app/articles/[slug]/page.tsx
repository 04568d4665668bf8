import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { StageChips, TagChips } from "@/components/Chips";
import { InlineScript } from "@/components/InlineScript";
import { JsonLd } from "@/components/JsonLd";
import { Pager } from "@/components/Pager";
import { SafetyBanner } from "@/components/SafetyBanner";
import { Prose } from "@/components/Prose";
import { ShareControls } from "@/components/ShareControls";
import { shareOnClick } from "@/components/share-script";
import { ReviewDates } from "@/components/ReviewDates";
import { SourceCredit } from "@/components/SourceCredit";
import { TableOfContents } from "@/components/TableOfContents";
import { articleStages, articleTags, getArticles, neighbours, relatedArticles, showsSafetyBanner } from "@/lib/content";
import { articleRoute } from "@/lib/dynamic-routes";
import { formatDate, plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";
import { articlePageJsonLd } from "@/lib/structured-data";
import { distinctiveStages } from "@/lib/taxonomy";
import cards from "@/components/cards.module.css";
import styles from "./article.module.css";

type Props = { params: Promise<{ slug: string }> };

// The newest articles are prerendered, the rest rendered on first request and cached (lib/dynamic-routes.ts); any
// other slug is a 404, never cached. Former slugs and case variants are redirected first (next.config.ts, proxy.ts).
export const dynamicParams = true;
export const revalidate = false;

export const generateStaticParams = articleRoute.generateStaticParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleRoute.entry(params);
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: routes.article(article.slug),
    ownCard: `${article.title}: an article from ${site.name}`,
    article: {
      published: article.published,
      updated: article.updated,
      tags: articleTags(article),
      authors: article.source.author ? [article.source.author] : undefined,
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleRoute.entry(params);
  const tags = articleTags(article);
  const stages = distinctiveStages(articleStages(article));
  const { previous, next } = neighbours(getArticles(), article.slug);
  const related = relatedArticles(article);
  const path = routes.article(article.slug);
  const trail = [
    { href: routes.home, label: "Home" },
    { href: routes.articles, label: "Articles" },
    { href: path, label: article.title },
  ];

  return (
    <article className={styles.article} aria-labelledby="article-title">
      <JsonLd data={articlePageJsonLd(article, trail)} />
      <header className={styles.article__header}>
        <Breadcrumbs trail={trail} />
        <h1 id="article-title">{article.title}</h1>
        <p className={styles.lead}>{article.description}</p>
        <p className={styles.meta}>
          <span>Published <time dateTime={article.published}>{formatDate(article.published)}</time></span>
          {article.updated !== article.published ? (
            <span>Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time></span>
          ) : null}
          <span>{plural(article.readingMinutes, "minute")} read</span>
        </p>
      </header>
      {/* On a phone: the introduction, then the safety banner (its quick exit is fixed on screen from the start),
          the tags and the contents; on wide screens the tags and contents sit in a sidebar beside the text. */}
      <div className={styles.article__layout}>
        <Prose className={styles.article__intro} introHtml={article.introHtml} />
        {showsSafetyBanner(article) ? <SafetyBanner /> : null}
        <div className={styles.article__aside}>
          <div className={styles.article__facets}>
            <TagChips tags={tags} label="Topics of this article" caption="Topics" />
            <StageChips stages={stages} label="Helps at these stages" caption="Stages" />
          </div>
          <TableOfContents sections={article.passages} />
        </div>
        <Prose className={styles.article__body} sections={article.passages} headingAnchors />
      </div>
      <p role="status" className={styles.toast} data-toast />
      <footer className={styles.article__footer}>
        <div className={styles.article__about}>
          <SourceCredit source={article.source} />
          <ReviewDates reviewed={article.reviewed} />
          <ShareControls title={article.title} text={article.description} path={path} />
        </div>
        {related.length ? (
          <section aria-labelledby="related-title" className={styles.related}>
            <h2 id="related-title">Related articles</h2>
            <ul className={cards["card-list"]}>
              {related.map((other) => (
                <li key={other.slug} className={cards.card}>
                  <a href={routes.article(other.slug)} className={cards.card__link}>{other.title}</a>
                  <p>{other.description}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Pager
          label="More articles"
          previous={previous && { href: routes.article(previous.slug), label: "Previous article", title: previous.title }}
          next={next && { href: routes.article(next.slug), label: "Next article", title: next.title }}
        />
      </footer>
      {/* After the article: the parser waits for the stylesheet before an inline script, so nothing above waits. */}
      <InlineScript run={shareOnClick} argument={routes.sharingCode} />
    </article>
  );
}
