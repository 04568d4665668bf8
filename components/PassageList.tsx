import type { PassageGroup } from "@/lib/content";
import { routes } from "@/lib/routes";
import { TagChips } from "./Chips";
import { ContactConditions } from "./ContactConditions";
import styles from "./PassageList.module.css";

/** Passages grouped by article; one that advises contact shows the contact gate's line, never a cut of it. */
export function PassageList({ groups, headingLevel = 3, showTags = false }: { groups: PassageGroup[]; headingLevel?: 2 | 3; showTags?: boolean }) {
  const GroupHeading = `h${headingLevel}` as const;
  const PassageHeading = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <div className={styles["passage-groups"]}>
      {groups.map(({ article, passages }) => (
        <section key={article.slug} className={styles["passage-group"]} aria-labelledby={`group-${article.slug}`}>
          <GroupHeading id={`group-${article.slug}`} className={styles["passage-group__title"]}>
            <a href={routes.article(article.slug)}>{article.title}</a>
          </GroupHeading>
          <ol className={styles.passages}>
            {passages.map((passage) => (
              <li key={passage.id} className={styles.passage}>
                <PassageHeading className={styles.passage__heading}>
                  <a href={routes.article(passage.articleSlug, passage.id)}>{passage.heading}</a>
                </PassageHeading>
                {passage.excerpt === null ? <ContactConditions /> : <p className={styles.passage__excerpt}>{passage.excerpt}</p>}
                {showTags ? <TagChips tags={passage.tags} label={`Topics of “${passage.heading}”`} /> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
