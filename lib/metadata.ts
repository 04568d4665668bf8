/** Every page's metadata, built by one helper; relative URLs resolve against `metadataBase` (SITE_URL). */
import type { Metadata } from "next";
import { routes } from "./routes";
import { site } from "./site";

// Next merges metadata shallowly: a page that sets `alternates` or `openGraph` replaces the layout's whole object,
// so the feed link and the default preview image are added here, on every page, not once in the layout.
export const FEED_ALTERNATE = { "application/rss+xml": [{ url: routes.feed, title: `${site.name}: new articles` }] };

const SITE_CARD = { url: routes.previewImage(), width: 1200, height: 630, alt: `${site.name}: ${site.tagline}` };

interface PageMetaInput {
  title: string;
  description: string;
  path: string;
  article?: { published: string; updated: string; tags: string[]; authors?: string[] };
  noindex?: boolean;
  /** Alt text of the page's own card (`<path>/opengraph-image`), named since config images replace file-based ones. */
  ownCard?: string;
  /** The page whose card it is, when not `path` (later pages of a listing share the first page's). */
  cardPath?: string;
}

export function pageMetadata({ title, description, path, article, noindex, ownCard, cardPath = path }: PageMetaInput): Metadata {
  const image = ownCard ? { ...SITE_CARD, url: routes.previewImage(cardPath), alt: ownCard } : SITE_CARD;
  const shared = { title, description, url: path, siteName: site.name, locale: site.locale, images: [image] };
  return {
    title,
    description,
    alternates: { canonical: path, types: FEED_ALTERNATE },
    openGraph: article
      ? { type: "article", ...shared, publishedTime: article.published, modifiedTime: article.updated, tags: article.tags, authors: article.authors }
      : { type: "website", ...shared },
    // Only the card type: Next fills the Twitter title, description and image in from Open Graph.
    twitter: { card: "summary_large_image" },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}
