import type { Article } from "@/lib/content";
import { plural } from "@/lib/format";
import { routes } from "@/lib/routes";

export function ArticleCards({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.slug} className="card">
          <Heading className="card__title">
            <a href={routes.article(article.slug)} className="card__link">{article.title}</a>
          </Heading>
          <p>{article.description}</p>
          <p className="card__meta">{plural(article.readingMinutes, "minute")} read</p>
        </li>
      ))}
    </ul>
  );
}
