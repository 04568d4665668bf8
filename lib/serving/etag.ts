/**
 * One validator per build: everything served is fixed at build time, so one ETag names a build's version of every
 * URL. Next's default hashes each page's HTML on every request instead; next.config.ts turns that off and sends this,
 * and the proxy answers a match with 304 before routing. Weak ("W/"): a page is served gzipped, Brotli or plain.
 */
export const BUILD_ETAG_ENV = "SITE_BUILD_ETAG";

export function buildEtag(stamp: string): string {
  return `W/"${stamp}"`;
}

/**
 * Whether If-None-Match names this ETag (weak comparison, per RFC 9110). "*" does not count: it would also match
 * URLs that do not exist, and the full response is always a correct answer.
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}
