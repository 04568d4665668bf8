// Every public page, with the date its content last changed. The protocol allows 50,000 URLs per file; past that
// /sitemap.xml becomes an index of numbered parts (/sitemaps/1.xml, …), so it stays valid at any size.
import { getArticles, getStages, getTags, passagesForStage, passagesWithTag } from "./content";
import { laterPages, LISTING } from "./listing";
import { routes } from "./routes";
import { absoluteUrl } from "./site";

export const URLS_PER_SITEMAP = 50_000;

type Entry = { path: string; lastModified?: string };

export function sitemapEntries(): Entry[] {
  const articles = getArticles();
  const latest = articles.map((a) => a.updated).sort().at(-1);
  const pages = (count: number, perPage: number, path: (page: number) => string) =>
    laterPages(count, perPage).map(({ page }) => ({ path: path(Number(page)), lastModified: latest }));
  return [
    ...[routes.home, routes.articles, routes.tags, routes.stages].map((path) => ({ path, lastModified: latest })),
    ...pages(articles.length, LISTING.articlesPerPage, routes.articlesPage),
    ...articles.map((a) => ({ path: routes.article(a.slug), lastModified: a.updated })),
    ...getTags().flatMap((t) => [
      { path: routes.tag(t.slug), lastModified: latest },
      ...pages(passagesWithTag(t.slug).length, LISTING.passagesPerPage, (page) => routes.tag(t.slug, page)),
    ]),
    ...getStages().flatMap((s) => [
      { path: routes.stage(s.slug), lastModified: latest },
      ...pages(passagesForStage(s.slug).length, LISTING.passagesPerPage, (page) => routes.stage(s.slug, page)),
    ]),
    { path: routes.help(), lastModified: latest },
    { path: routes.about, lastModified: latest },
  ];
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function urlsetXml(entries: Entry[]): string {
  const urls = entries.map(({ path, lastModified }) => `<url><loc>${escapeXml(absoluteUrl(path))}</loc>${lastModified ? `<lastmod>${lastModified}</lastmod>` : ""}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(parts: number): string {
  const items = Array.from({ length: parts }, (_, i) => `<sitemap><loc>${escapeXml(absoluteUrl(routes.sitemapPart(i + 1)))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export const xmlResponse = (xml: string) => new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });

/** Number of part files: none while everything fits in /sitemap.xml itself. */
export function sitemapParts(entries: Entry[]): number {
  return entries.length > URLS_PER_SITEMAP ? Math.ceil(entries.length / URLS_PER_SITEMAP) : 0;
}
