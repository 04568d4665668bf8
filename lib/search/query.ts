/**
 * Search input from the URL, parsed with zod: the query is trimmed, control characters removed and the
 * length capped; unknown tag or stage values are dropped and reported, never an error.
 */
import { z } from "zod";
import { isStageSlug, isTagSlug, type StageSlug, type TagSlug } from "../taxonomy";

export const MAX_QUERY_LENGTH = 200;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const cleanText = z.preprocess(
  (value) => (typeof first(value) === "string" ? first(value) : ""),
  z.string().transform((s) =>
    s
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_QUERY_LENGTH),
  ),
);

const searchParamsSchema = z.object({ q: cleanText, tag: cleanText, stage: cleanText });

export interface SearchInput {
  q: string;
  tag?: TagSlug;
  stage?: StageSlug;
  /** Filter values that were given but are not part of the vocabulary. */
  ignored: string[];
}

export function parseSearchInput(params: Record<string, unknown>): SearchInput {
  const { q, tag, stage } = searchParamsSchema.parse(params);
  const ignored: string[] = [];
  const tagValue = tag.toLowerCase();
  const stageValue = stage.toLowerCase();
  if (tag && !isTagSlug(tagValue)) ignored.push(`topic “${tag}”`);
  if (stage && !isStageSlug(stageValue)) ignored.push(`stage “${stage}”`);
  return {
    q,
    tag: isTagSlug(tagValue) ? tagValue : undefined,
    stage: isStageSlug(stageValue) ? stageValue : undefined,
    ignored,
  };
}

/** The /search URL for a query and filters (facet links keep the query). */
export function searchHref(q: string, filters: { tag?: string; stage?: string } = {}): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (filters.tag) params.set("tag", filters.tag);
  if (filters.stage) params.set("stage", filters.stage);
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
