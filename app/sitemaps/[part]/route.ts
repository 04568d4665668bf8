import { notFound } from "next/navigation";
import { sitemapEntries, sitemapParts, URLS_PER_SITEMAP, urlsetXml, xmlResponse } from "@/lib/sitemap";

// The numbered parts of the sitemap index: they exist only when the site has more than 50,000 URLs.
export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: sitemapParts(sitemapEntries()) }, (_, i) => ({ part: `${i + 1}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const n = Number((await params).part.match(/^([1-9]\d*)\.xml$/)?.[1]);
  const entries = sitemapEntries();
  if (!n || n > sitemapParts(entries)) notFound();
  return xmlResponse(urlsetXml(entries.slice((n - 1) * URLS_PER_SITEMAP, n * URLS_PER_SITEMAP)));
}
