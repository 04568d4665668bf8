import { routes } from "@/lib/routes";
import styles from "./Chip.module.css";

/**
 * One link to a tag or stage page, styled as a chip. The only place chip markup is written. Its own
 * module, free of the content loader, so the live search's results can use it in the browser.
 */
export function Chip({ kind, slug, label }: { kind: "tag" | "stage"; slug: string; label: string }) {
  return kind === "stage" ? (
    <a className={`${styles.chip} ${styles["chip--stage"]}`} href={routes.stage(slug)}>{label}</a>
  ) : (
    <a className={styles.chip} href={routes.tag(slug)}>{label}</a>
  );
}
