import { routes } from "@/lib/routes";
import { site } from "@/lib/site";
import { SearchForm } from "./SearchForm";
import styles from "./SiteHeader.module.css";

const NAV = [
  { href: routes.articles, label: "Articles" },
  { href: routes.stages, label: "Stages" },
  { href: routes.tags, label: "Topics" },
  { href: routes.help(), label: "Get help" },
];

export function SiteHeader() {
  return (
    <header className={styles["site-header"]}>
      <div className={styles["site-header__inner"]}>
        <a href={routes.home} className={styles["site-name"]}>{site.name}</a>
        <nav aria-label="Main" className={styles["site-nav"]}>
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="header-search" compact />
      </div>
    </header>
  );
}
