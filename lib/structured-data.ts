/** schema.org JSON-LD for articles, breadcrumbs and the site's search box. All URLs are absolute. */
import type { Article } from "./content";
import { routes } from "./routes";
import { absoluteUrl, site } from "./site";

export function articleJsonLd(article: Article) {
  const url = absoluteUrl(routes.article(article.slug));
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.description,
    datePublished: article.published,
    dateModified: article.updated,
    url,
    mainEntityOfPage: url,
    image: absoluteUrl(routes.previewImage(routes.article(article.slug))),
    wordCount: article.wordCount,
    inLanguage: "en",
    author: { "@type": "Organization", name: site.name, url: absoluteUrl(routes.home) },
    publisher: { "@type": "Organization", name: site.name, url: absoluteUrl(routes.home), logo: absoluteUrl(routes.icon) },
    // The piece our edition is based on, credited with what the source itself names.
    isBasedOn: {
      "@type": "CreativeWork",
      name: article.source.title,
      ...(article.source.author ? { author: { "@type": "Person", name: article.source.author } } : {}),
      ...(article.source.publisher ? { publisher: { "@type": "Organization", name: article.source.publisher } } : {}),
      ...(article.source.published ? { datePublished: article.source.published } : {}),
      ...(article.source.updated ? { dateModified: article.source.updated } : {}),
    },
  };
}

export function breadcrumbJsonLd(trail: { href: string; label: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  };
}

export function websiteJsonLd() {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    description: site.description,
    url: absoluteUrl(routes.home),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(routes.search())}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}
