import Link from "next/link";
import { site } from "@/lib/site";
import { SearchForm } from "./SearchForm";

const NAV = [
  { href: "/articles", label: "Articles" },
  { href: "/stages", label: "Stages" },
  { href: "/tags", label: "Topics" },
  { href: "/help", label: "Get help" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-name">
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
