import type { Section } from "@/lib/content";
import { withAnchor } from "@/lib/routes";
import styles from "./TableOfContents.module.css";

/** "On this page": the h2 and h3 headings of a body, linked to their anchors (only when there are two or more). */
export function TableOfContents({ sections }: { sections: Pick<Section, "id" | "heading" | "depth">[] }) {
  const entries = sections.filter((s) => s.depth <= 3);
  if (entries.length < 2) return null;
  return (
    <nav aria-labelledby="toc-title" className={styles.toc}>
      <h2 id="toc-title" className={styles.toc__title}>On this page</h2>
      <ol>
        {entries.map((s) => (
          <li key={s.id} className={s.depth === 3 ? styles.toc__sub : undefined}>
            <a href={withAnchor("", s.id)}>{s.heading}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
