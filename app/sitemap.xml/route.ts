import { sitemapEntries, sitemapIndexXml, sitemapParts, urlsetXml, xmlResponse } from "@/lib/sitemap";

export const dynamic = "force-static";

/** All URLs while they fit in one sitemap (50,000); past that, an index of the numbered parts. */
export function GET() {
  const entries = sitemapEntries();
  const parts = sitemapParts(entries);
  return xmlResponse(parts ? sitemapIndexXml(parts) : urlsetXml(entries));
}
