import { ArticleCards } from "@/components/ArticleCards";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ListingPager } from "@/components/ListingPager";
import type { Article } from "@/lib/content";
import type { Page } from "@/lib/listing";
import { routes } from "@/lib/routes";
import shell from "@/components/shell.module.css";

/** A page of /articles (newest first): the first at /articles, the rest at /articles/page/n. */
export function ArticlesPage({ articles }: { articles: Page<Article> }) {
  const { page, pageCount, total } = articles;
  const trail = [{ href: routes.home, label: "Home" }, { href: routes.articles, label: "Articles" }];
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={page > 1 ? [...trail, { href: routes.articlesPage(page), label: `Page ${page}` }] : trail} />
      <h1>All articles</h1>
      <p className={shell.lead}>
        {total} guides, each our own edition of a published piece: the same points in the same order,
        rewritten for clarity and kindness, with editor&apos;s notes where the original advice could do harm.
        {pageCount > 1 ? ` Newest first; page ${page} of ${pageCount}.` : null}
      </p>
      <ArticleCards articles={articles.items} />
      <ListingPager label="Pages of articles" page={page} pageCount={pageCount} href={routes.articlesPage} />
    </div>
  );
}
