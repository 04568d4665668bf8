/** Search input from the URL: the query cleaned and capped, unknown filter values dropped and reported (no error). */
import { z } from "zod";
import { isStageSlug, isTagSlug, type StageSlug, type TagSlug } from "../taxonomy";
import { MAX_QUERY_LENGTH, MAX_RESULTS_PAGE } from "./limits";

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

// Anything that is not a sensible whole number means the first page.
const pageNumber = z.preprocess(first, z.coerce.number().int().min(1).max(MAX_RESULTS_PAGE).catch(1));

const searchParamsSchema = z.object({ q: cleanText, tag: cleanText, stage: cleanText, page: pageNumber });

export interface SearchInput {
  q: string;
  tag?: TagSlug;
  stage?: StageSlug;
  page: number;
  /** Filter values given but not in the vocabulary. */
  ignored: { filter: "topic" | "stage"; value: string }[];
}

/** The URL's values cleaned, not yet checked against the vocabulary. */
export type CleanSearchParams = z.infer<typeof searchParamsSchema>;

export function cleanSearchParams(params: Record<string, unknown>): CleanSearchParams {
  return searchParamsSchema.parse(params);
}

/** Every value of every parameter of a URL's query, as parseSearchInput takes them. */
export function searchParamValues(searchParams: URLSearchParams): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const key of new Set(searchParams.keys())) values[key] = searchParams.getAll(key);
  return values;
}

/** Search input from a URL's values: cleaned, then checked against the vocabulary. */
export function parseSearchInput(params: Record<string, unknown>): SearchInput {
  return searchInputFromClean(cleanSearchParams(params));
}

/** Search input from values cleaned already (as a results key holds them). */
export function searchInputFromClean({ q, tag, stage, page }: CleanSearchParams): SearchInput {
  const ignored: SearchInput["ignored"] = [];
  const tagValue = tag.toLowerCase();
  const stageValue = stage.toLowerCase();
  if (tag && !isTagSlug(tagValue)) ignored.push({ filter: "topic", value: tag });
  if (stage && !isStageSlug(stageValue)) ignored.push({ filter: "stage", value: stage });
  return { q, tag: isTagSlug(tagValue) ? tagValue : undefined, stage: isStageSlug(stageValue) ? stageValue : undefined, page, ignored };
}
