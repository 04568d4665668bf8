/**
 * The closed vocabularies of the site, defined once. The schema, the pages, the sitemap and the search
 * filters all derive from these constants; their prose (names, descriptions, guidance) lives in
 * `content/tags/*.md` and `content/stages/*.md`.
 */

/** Tags (readers see them called topics). The order here is the order tags are listed in. */
export const TAG_SLUGS = ["no-contact", "self-reflection", "apology", "red-flags"] as const;
export type TagSlug = (typeof TAG_SLUGS)[number];

/**
 * Stages of a breakup, in the order the site tells them. It is not a path everyone walks: reaching out
 * and trying again are only for some readers, after the contact checks, and a stage for keeping apart
 * never leads on to them (see `stageNeighbours` in lib/content).
 */
export const STAGE_SLUGS = [
  "just-broke-up",
  "taking-space",
  "reflection",
  "working-on-yourself",
  "reaching-out",
  "rebuilding",
  "moving-on",
] as const;
export type StageSlug = (typeof STAGE_SLUGS)[number];

export function isTagSlug(value: string): value is TagSlug {
  return (TAG_SLUGS as readonly string[]).includes(value);
}

export function isStageSlug(value: string): value is StageSlug {
  return (STAGE_SLUGS as readonly string[]).includes(value);
}

/** Sorts tag slugs into vocabulary order (stable output for pages and tests). */
export function byTagOrder(a: TagSlug, b: TagSlug): number {
  return TAG_SLUGS.indexOf(a) - TAG_SLUGS.indexOf(b);
}

export function byStageOrder(a: StageSlug, b: StageSlug): number {
  return STAGE_SLUGS.indexOf(a) - STAGE_SLUGS.indexOf(b);
}

/**
 * The stages worth naming on a page: a list of every stage tells the reader nothing ("this helps at
 * any stage" is not a filter), so it is dropped; any narrower list is kept as it is.
 */
export function distinctiveStages(stages: StageSlug[]): StageSlug[] {
  return new Set(stages).size >= STAGE_SLUGS.length ? [] : stages;
}
