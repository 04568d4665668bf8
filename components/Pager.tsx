
export interface PagerLink {
  href: string;
  /** What kind of step this is: "Previous article", "More results". */
  label: string;
  /** Where it goes: the title of the neighbour, "Results page 3". */
  title: string;
}

/**
 * Previous/next navigation at the foot of a page (articles, stages, results pages). The empty span
 * keeps "next" on the right when there is no "previous".
 */
import styles from "./Pager.module.css";
export function Pager({ label, previous, next }: { label: string; previous?: PagerLink; next?: PagerLink }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      {previous ? (
        <a href={previous.href} rel="prev" className={styles.pager__prev}>
          <span className={styles.pager__label}>{previous.label}</span> {previous.title}
        </a>
      ) : <span />}
      {next ? (
        <a href={next.href} rel="next" className={styles.pager__next}>
          <span className={styles.pager__label}>{next.label}</span> {next.title}
        </a>
      ) : null}
    </nav>
  );
}
