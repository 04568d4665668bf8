import { routes } from "@/lib/routes";
import { absoluteUrl, site } from "@/lib/site";

export const dynamic = "force-static";

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Lets browsers add the site as a search engine (OpenSearch 1.1). */
export function GET() {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(site.name)}</ShortName>
  <Description>${escapeXml(`Search ${site.name}: ${site.tagline}`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(absoluteUrl(routes.icon))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(absoluteUrl(routes.search()))}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(routes.opensearch))}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { "Content-Type": "application/opensearchdescription+xml; charset=utf-8" } });
}
