/**
 * A search's cleaned input as one URL path segment: the proxy rewrites `/search?q=…` to `/search/results/<key>`,
 * rendered once per key and then served from the page cache, so a repeated search costs what a static page does.
 * The key is the cleaned values (base64url JSON), so there is one key per distinct search, not per URL spelling.
 */
import { cleanSearchParams, searchInputFromClean, type CleanSearchParams, type SearchInput } from "../search/query";

export function searchResultsKey(params: Record<string, unknown>): string {
  return encodeKey(cleanSearchParams(params));
}

function encodeKey({ q, tag, stage, page }: CleanSearchParams): string {
  return Buffer.from(JSON.stringify([q, tag, stage, page]), "utf8").toString("base64url");
}

/** The search a key stands for; undefined for a key the proxy would not make, so stray keys 404 and fill no cache. */
export function searchInputFromKey(key: string): SearchInput | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(key, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== 4) return undefined;
  const [q, tag, stage, page] = decoded as unknown[];
  const clean = cleanSearchParams({ q, tag, stage, page });
  return encodeKey(clean) === key ? searchInputFromClean(clean) : undefined;
}
