import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SafetyBanner } from "@/components/SafetyBanner";
import { Prose } from "@/components/Prose";
import { ReviewDates } from "@/components/ReviewDates";
import { sourceByline } from "@/components/SourceCredit";
import { getArticles, getPage, showsSafetyBanner } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import prose from "@/components/Prose.module.css";
import shell from "@/components/shell.module.css";

function aboutPage() {
  const page = getPage("about");
  if (!page) notFound();
  return page;
}

export function generateMetadata() {
  const page = aboutPage();
  return pageMetadata({ title: page.title, description: page.description, path: routes.about });
}

export default function AboutPage() {
  const page = aboutPage();
  return (
    <div className={shell.page}>
      <Breadcrumbs trail={[{ href: routes.home, label: "Home" }, { href: routes.about, label: "About" }]} />
      <h1>{page.title}</h1>
      <p className={shell.lead}>{page.description}</p>
      {showsSafetyBanner(page) ? <SafetyBanner /> : null}
      <Prose introHtml={page.introHtml} sections={page.sections} />
      {/* Credits come from the articles' own `source` front matter, so they cannot drift from it. */}
      <section className={prose.prose} aria-labelledby="credits">
        <h2 id="credits">Credits</h2>
        <p>Our editions are based on these published articles:</p>
        <ul>
          {getArticles().map((article) => (
            <li key={article.slug}>
              <cite>{article.source.title}</cite>
              {sourceByline(article.source)}: <a href={routes.article(article.slug)}>
                our edition<span className="visually-hidden"> of {article.source.title}</span>
              </a>
            </li>
          ))}
        </ul>
        <p>The site itself is built with Next.js, React, remark and zod, and searched by a small engine of our own.</p>
      </section>
      <ReviewDates reviewed={page.reviewed} />
    </div>
  );
}
