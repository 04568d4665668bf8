/**
 * A search's cleaned input as one URL path segment. The proxy rewrites `/search?q=…` to
 * `/search/results/<key>`, a route Next renders once per key and then serves from its bounded
 * in-memory page cache (next.config.ts), so a repeated search costs what a static page costs instead
 * of a React render. The key is the cleaned values (base64url of a JSON array), so the page gets back
 * exactly what the reader asked for, and there is one key per distinct search, never one per spelling
 * of its URL.
 */
import { cleanSearchParams, searchInputFromClean, type CleanSearchParams, type SearchInput } from "../search/query";

export function searchResultsKey(params: Record<string, unknown>): string {
  return encodeKey(cleanSearchParams(params));
}

function encodeKey({ q, tag, stage, page }: CleanSearchParams): string {
  return Buffer.from(JSON.stringify([q, tag, stage, page]), "utf8").toString("base64url");
}

/**
 * The search a key stands for, parsed once: its values cleaned and checked against the vocabulary.
 * Undefined for anything the proxy would not have made (a hand-typed or altered key), so stray keys
 * get a 404 and cannot fill the cache with copies.
 */
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
