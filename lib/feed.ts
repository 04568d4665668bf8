/** The RSS 2.0 feed of articles, built with the `feed` library; every link absolute on SITE_URL. */
import { Feed } from "feed";
import { toHtml } from "hast-util-to-html";
import type { Article } from "./content";
import { utcDate } from "./format";
import { routes } from "./routes";
import { absoluteUrl, site } from "./site";

/** Feed readers show content out of context, so relative links and #anchors are made absolute. */
export function absolutizeLinks(html: string, pageUrl: string): string {
  return html.replace(/href="([^"]*)"/g, (_, href: string) => {
    if (href.startsWith("#")) return `href="${pageUrl}${href}"`;
    if (href.startsWith("/")) return `href="${absoluteUrl(href)}"`;
    return `href="${href}"`;
  });
}

/** The article as one HTML document for feed readers: its headings in place, without the page's "#" links and chips. */
function articleHtml(article: Article): string {
  const heading = (depth: number, text: string) =>
    toHtml({ type: "element", tagName: `h${depth}`, properties: {}, children: [{ type: "text", value: text }] });
  return [article.introHtml, ...article.passages.flatMap((p) => [heading(p.depth, p.heading), p.html])].join("\n");
}

export function buildFeed(articles: Article[]): string {
  const updated = articles.map((a) => a.updated).sort().at(-1);
  const feed = new Feed({
    id: absoluteUrl(routes.home),
    title: site.name,
    description: site.description,
    link: absoluteUrl(routes.home),
    language: "en",
    favicon: absoluteUrl(routes.icon),
    copyright: `${site.name}. Editions rewritten in our own words; sources credited on each article.`,
    updated: updated ? utcDate(updated) : undefined,
    feedLinks: { rss: absoluteUrl(routes.feed) },
    generator: site.name,
  });
  for (const article of articles) {
    const url = absoluteUrl(routes.article(article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      guid: url,
      link: url,
      date: utcDate(article.updated),
      published: utcDate(article.published),
      description: `${article.description} ${article.intro}`,
      content: absolutizeLinks(articleHtml(article), url),
      category: article.tags.map((tag) => ({ name: tag, domain: absoluteUrl(routes.tag(tag)) })),
    });
  }
  return feed.rss2();
}
