import { ArticleCards } from "@/components/ArticleCards";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { getArticles } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export const metadata = pageMetadata({
  title: "All articles",
  description: "Five guides to getting back together after a breakup, in our own editions, with notes where the advice needs care.",
  path: routes.articles,
});

export default function ArticlesPage() {
  const articles = getArticles();
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.articles, label: "Articles" }]} />
      <h1>All articles</h1>
      <p className="lead">
        {articles.length} guides, each our own edition of a published piece: the same points in the same order,
        rewritten for clarity and kindness, with editor&apos;s notes where the original advice could do harm.
      </p>
      <ArticleCards articles={articles} />
    </div>
  );
}
