/**
 * One helper builds the metadata of every page type, so titles, canonical URLs, Open Graph and
 * Twitter tags stay consistent. Relative URLs resolve against `metadataBase` (the configured SITE_URL).
 */
import type { Metadata } from "next";
import { site } from "./site";

interface PageMetaInput {
  title: string;
  description: string;
  path: string;
  /** Article pages add dates and tags to their Open Graph data. */
  article?: { published: string; updated: string; tags: string[]; authors?: string[] };
  noindex?: boolean;
}

export function pageMetadata({ title, description, path, article, noindex }: PageMetaInput): Metadata {
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
      }
    : { type: "website", title, description, url: path, siteName: site.name, locale: site.locale };
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph,
    twitter: { card: "summary_large_image", title, description },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}
