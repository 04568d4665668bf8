import type { Metadata } from "next";
import { ArticleCards } from "@/components/ArticleCards";
import { TagChips } from "@/components/Chips";
import { PassageListingPage } from "@/components/PassageListingPage";
import { Prose } from "@/components/Prose";
import { ReviewDates } from "@/components/ReviewDates";
import { articlesWithTag, relatedTags, showsSafetyBanner } from "@/lib/content";
import { tagRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";
import { LISTING } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";
import cards from "@/components/cards.module.css";

// /tags/<tag> and its later pages of passages, /tags/<tag>/page/<n>: both routes export these. Readers see "topics".
type Props = { params: Promise<{ tag: string; page?: string }> };

export async function tagMetadata({ params }: Props): Promise<Metadata> {
  const { entry: tag, passages } = await tagRoute.passagePage(params);
  const later = passages.page > 1 ? `, page ${passages.page} of ${passages.pageCount}` : "";
  return pageMetadata({
    title: `${tag.name}: every passage on the topic${later}`,
    description: tag.description,
    path: routes.tag(tag.slug, passages.page),
    ownCard: `${tag.name}: a topic on ${site.name}`,
    cardPath: routes.tag(tag.slug),
  });
}

export async function TagPage({ params }: Props) {
  const { entry: tag, passages } = await tagRoute.passagePage(params);
  const name = tag.name.toLowerCase();
  return (
    <PassageListingPage
      index={{ href: routes.tags, label: "Topics" }}
      href={(page) => routes.tag(tag.slug, page)}
      title={tag.name}
      lead={tag.description}
      safety={showsSafetyBanner(tag)}
      passages={passages}
      passagesId="tag-passages"
      passagesHeading={`Every passage on ${name} (${plural(passages.total, "passage")})`}
      pagerLabel={`Pages of passages on ${name}`}
      before={
        <>
          <Prose introHtml={tag.introHtml} sections={tag.sections} />
          <TagArticles slug={tag.slug} name={name} />
        </>
      }
      after={
        <>
          <section aria-labelledby="tag-related">
            <h2 id="tag-related">Related topics</h2>
            <TagChips tags={relatedTags(tag.slug)} label="Related topics" />
          </section>
          <ReviewDates reviewed={tag.reviewed} />
        </>
      }
    />
  );
}

/** The tag's newest articles; every one of them also appears with its passages. */
function TagArticles({ slug, name }: { slug: Parameters<typeof articlesWithTag>[0]; name: string }) {
  const articles = articlesWithTag(slug);
  const newest = articles.slice(0, LISTING.tagArticles);
  return (
    <section aria-labelledby="tag-articles">
      <h2 id="tag-articles">Articles on {name} ({articles.length})</h2>
      <ArticleCards articles={newest} headingLevel={3} />
      {articles.length > newest.length ? (
        <p className={cards.card__meta}>The {newest.length} newest of {articles.length}; every one of them appears with its passages below.</p>
      ) : null}
    </section>
  );
}
