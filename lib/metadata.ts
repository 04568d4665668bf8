/**
 * One helper builds the metadata of every page type, so titles, canonical URLs, Open Graph and
 * Twitter tags stay consistent. Relative URLs resolve against `metadataBase` (the configured SITE_URL).
 */
import type { Metadata } from "next";
import { routes } from "./routes";
import { site } from "./site";

/**
 * Next merges metadata shallowly: a page that sets `alternates` or `openGraph` replaces the layout's
 * whole object. So the feed link and the default preview image are added here, on every page, rather
 * than once in the layout where a child would silently drop them.
 */
export const FEED_ALTERNATE = { "application/rss+xml": [{ url: routes.feed, title: `${site.name}: new articles` }] };

const SITE_CARD = { url: routes.previewImage(), width: 1200, height: 630, alt: `${site.name}: ${site.tagline}` };

/**
 * The preview image: the page's own card (`<path>/opengraph-image`, for articles, tags and stages) or
 * the site-wide one (app/opengraph-image.tsx). Named explicitly because config-based images replace
 * the file-based ones of the same segment.
 */
function previewImage(path: string, ownCard?: string) {
  return ownCard ? { ...SITE_CARD, url: routes.previewImage(path), alt: ownCard } : SITE_CARD;
}

interface PageMetaInput {
  title: string;
  description: string;
  path: string;
  /** Article pages add dates and tags to their Open Graph data. */
  article?: { published: string; updated: string; tags: string[]; authors?: string[] };
  noindex?: boolean;
  /** Alt text of the page's own preview card, for pages that have an `opengraph-image` route. */
  ownCard?: string;
  /** The page whose card it is, when not `path` (later pages of a listing share the first page's). */
  cardPath?: string;
}

export function pageMetadata({ title, description, path, article, noindex, ownCard, cardPath = path }: PageMetaInput): Metadata {
  const image = previewImage(cardPath, ownCard);
  const openGraph: Metadata["openGraph"] = article
    ? {
        type: "article",
        title,
        description,
        url: path,
        siteName: site.name,
        locale: site.locale,
        publishedTime: article.published,
        modifiedTime: article.updated,
        tags: article.tags,
        authors: article.authors,
        images: [image],
      }
    : { type: "website", title, description, url: path, siteName: site.name, locale: site.locale, images: [image] };
  return {
    title,
    description,
    alternates: { canonical: path, types: FEED_ALTERNATE },
    openGraph,
    // Only the card type: Next fills the Twitter title, description and image in from Open Graph.
    twitter: { card: "summary_large_image" },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}
