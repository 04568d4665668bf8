import { SearchForm } from "@/components/SearchForm";
import { routes } from "@/lib/routes";
import styles from "./not-found.module.css";
import shell from "@/components/shell.module.css";

export const metadata = { title: "Page not found", robots: { index: false } };

// No counts here: it is also rendered on request (an unknown search key), when the server has no content to count.
export default function NotFound() {
  return (
    <div className={`${shell.page} ${styles["not-found"]}`}>
      <h1>We couldn&apos;t find that page</h1>
      <p className={shell.lead}>The link may be old or mistyped. Try a search, or start from one of these:</p>
      <SearchForm id="not-found-search" />
      <ul className={styles["entry-points"]}>
        <li><a href={routes.articles}>All our guides</a></li>
        <li><a href={routes.stages}>Find guidance for where you are</a></li>
        <li><a href={routes.tags}>Browse topics, like no contact or apology</a></li>
        <li><a href={routes.help()}>Crisis and abuse support lines</a></li>
      </ul>
    </div>
  );
}
