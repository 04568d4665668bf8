import type { Article } from "@/lib/content";
import { plural } from "@/lib/format";
import { routes } from "@/lib/routes";
import styles from "./cards.module.css";

export function ArticleCards({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className={styles["card-list"]}>
      {articles.map((article) => (
        <li key={article.slug} className={styles.card}>
          <Heading className={styles.card__title}>
            <a href={routes.article(article.slug)} className={styles.card__link}>{article.title}</a>
          </Heading>
          <p>{article.description}</p>
          <p className={styles.card__meta}>{plural(article.readingMinutes, "minute")} read</p>
        </li>
      ))}
    </ul>
  );
}
