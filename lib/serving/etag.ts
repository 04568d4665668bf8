/**
 * One validator per build. Everything this site serves is fixed when it is built (pages are
 * prerendered, search results come from the build's index), so a build is one version of every URL,
 * and one weak ETag names it. Next's default instead hashes each page's HTML on every request, in
 * JavaScript, over the whole document. So next.config.ts turns that off, sends this ETag with every
 * response, and the proxy answers a matching If-None-Match with 304 before any routing or rendering:
 * a reader revisiting a page still downloads nothing but headers.
 *
 * Weak ("W/"), because the same build serves a page gzipped, Brotli-compressed or plain.
 */
export const BUILD_ETAG_ENV = "SITE_BUILD_ETAG";

export function buildEtag(stamp: string): string {
  return `W/"${stamp}"`;
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for
 * If-None-Match). "*" does not count: it would also match URLs that do not exist, and the full
 * response is always a correct answer.
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}
