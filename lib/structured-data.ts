/** schema.org JSON-LD for articles, breadcrumbs and the site's search box. All URLs are absolute. */
import type { Article } from "./content";
import { routes } from "./routes";
import { absoluteUrl, site } from "./site";

/** The site as the author and publisher of every edition; described once per page and referred to by `@id`. */
function siteOrganization() {
  return { "@type": "Organization", "@id": `${absoluteUrl(routes.home)}#organization`, name: site.name, url: absoluteUrl(routes.home), logo: absoluteUrl(routes.icon) };
}

// One `@graph`: the organization once (not once per role), the article and its breadcrumbs. Next inlines it again
// in the hydration data, so every byte counts twice.
export function articlePageJsonLd(article: Article, trail: { href: string; label: string }[]) {
  return { "@context": "https://schema.org", "@graph": [siteOrganization(), articleJsonLd(article), breadcrumbJsonLd(trail)] };
}

export function articleJsonLd(article: Article) {
  const url = absoluteUrl(routes.article(article.slug));
  const organization = { "@id": siteOrganization()["@id"] };
  return {
    "@type": "Article",
    headline: article.title,
    description: article.description,
    datePublished: article.published,
    dateModified: article.updated,
    url,
    image: absoluteUrl(routes.previewImage(routes.article(article.slug))),
    wordCount: article.wordCount,
    inLanguage: "en",
    author: organization,
    publisher: organization,
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
