import styles from "./Pager.module.css";

/** `label` says what kind of step it is ("Previous article", "More results"), `title` where it goes. */
type PagerLink = { href: string; label: string; title: string };

const step = (link: PagerLink, rel: "prev" | "next") => (
  <a href={link.href} rel={rel} className={styles[`pager__${rel}`]}>
    <span className={styles.pager__label}>{link.label}</span> {link.title}
  </a>
);

/** Previous/next at the foot of a page. The empty span keeps "next" on the right when there is no "previous". */
export function Pager({ label, previous, next }: { label: string; previous?: PagerLink; next?: PagerLink }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className={styles.pager}>
      {previous ? step(previous, "prev") : <span />}
      {next ? step(next, "next") : null}
    </nav>
  );
}
