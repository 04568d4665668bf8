import Link from "next/link";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";
import { SearchForm } from "./SearchForm";

const NAV = [
  { href: routes.articles, label: "Articles" },
  { href: routes.stages, label: "Stages" },
  { href: routes.tags, label: "Topics" },
  { href: routes.help(), label: "Get help" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={routes.home} className="site-name">
          {site.name}
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="header-search" compact />
      </div>
    </header>
  );
}
