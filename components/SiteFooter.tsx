import { routes } from "@/lib/routes";
import { site } from "@/lib/site";
import styles from "./SiteFooter.module.css";

export function SiteFooter() {
  return (
    <footer className={styles["site-footer"]}>
      <div className={styles["site-footer__inner"]}>
        <p className={styles["site-footer__help"]}>
          <strong>Need to talk to someone now?</strong> <a href={routes.help()}>Crisis and abuse support lines</a>:
          confidential, and most are free.
        </p>
        <p>
          {site.name} offers general guidance, not therapy, counselling or legal advice. If you are in danger,
          call your local emergency number.
        </p>
        <nav aria-label="Footer">
          <ul>
            <li><a href={routes.about}>About and editorial policy</a></li>
            <li><a href={routes.help()}>Get help</a></li>
            <li><a href={routes.search()}>Search</a></li>
            <li><a href={routes.feed}>RSS feed</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
