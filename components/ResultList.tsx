import { Fragment } from "react";
import type { ResultGroup } from "@/lib/search/results";
import { plural } from "@/lib/format";
import { Chip } from "./Chip";
import { ContactConditions } from "./ContactConditions";
import { Highlighted } from "./Highlighted";
import styles from "./ResultList.module.css";

/**
 * A group per article (its best passages, the rest counted) or tag or stage page; the live search renders it too. A
 * passage that advises contact shows the contact gate's line in place of a snippet, as every listing does.
 */
export function ResultList({ groups, tagNames }: { groups: ResultGroup[]; tagNames: Record<string, string> }) {
  if (!groups.length) return null;
  return (
    <ol className={styles["result-groups"]}>
      {groups.map((group) => (
        <li key={group.url} className={styles["result-group"]}>
          <h2 className={styles["result-group__title"]}>
            <a href={group.url}>{group.title}</a>
            {group.kind !== "passage" ? <span className={styles["result-kind"]}>{group.kind === "tag" ? "Topic" : "Stage"}</span> : null}
          </h2>
          <ul className={styles.results}>
            {group.items.map((item) => (
              <li key={item.url} className={styles.result}>
                {item.heading ? (
                  <h3 className={styles.result__heading}>
                    <a href={item.url}>
                      <Highlighted segments={item.headingSegments} />
                    </a>
                  </h3>
                ) : null}
                {item.snippet === null ? (
                  <ContactConditions />
                ) : (
                  <p className={styles.result__snippet}>
                    <Highlighted segments={item.snippet} />
                  </p>
                )}
                {item.answers.length ? (
                  <p className={styles.result__answers}>
                    Answers:{" "}
                    {item.answers.map((question, index) => (
                      <Fragment key={question}>
                        {index ? " · " : null}
                        <q>{question}</q>
                      </Fragment>
                    ))}
                  </p>
                ) : null}
                {item.tagSlugs.length ? (
                  <p className={styles.result__tags}>
                    {item.tagSlugs.map((slug) => (
                      <Chip key={slug} kind="tag" slug={slug} label={tagNames[slug] ?? slug} />
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {group.more ? (
            <p className={styles.card__meta}>
              {plural(group.more, "more passage")} in <a href={group.url}>{group.title}</a>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
