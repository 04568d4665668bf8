import { Breadcrumbs } from "@/components/Breadcrumbs";
import { articlesWithTag, getArticles, getTags, passagesWithTag } from "@/lib/content";
import { countInWords, plural } from "@/lib/format";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import cards from "@/components/cards.module.css";
import shell from "@/components/shell.module.css";

export const metadata = pageMetadata({
  title: "Topics",
  description: `Follow one idea, such as no contact or a good apology, across all ${countInWords(getArticles().length)} guides, down to the passage.`,
  path: routes.tags,
});

export default function TagsPage() {
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.tags, label: "Topics" }]} />
      <h1>Topics</h1>
      <p className={shell.lead}>Each topic gathers every article and every passage that discusses it, so you can follow one idea across all the guides.</p>
      <ul className={cards["card-list"]}>
        {getTags().map((tag) => {
          const articles = articlesWithTag(tag.slug).length;
          const passages = passagesWithTag(tag.slug).length;
          return (
            <li key={tag.slug} className={cards.card} data-tag={tag.slug}>
              <h2 className={cards.card__title}>
                <a href={routes.tag(tag.slug)} className={cards.card__link}>{tag.name}</a>
              </h2>
              <p>{tag.description}</p>
              <p className={cards.card__meta}>
                <span data-count="articles">{plural(articles, "article")}</span> ·{" "}
                <span data-count="passages">{plural(passages, "passage")}</span>
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
