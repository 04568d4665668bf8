// The site's closed vocabularies: the schema, pages, sitemap and search filters derive from these constants; their
// prose lives in `content/tags/*.md` and `content/stages/*.md`.

/** Tags (readers see them called topics), in the order they are listed in. */
export const TAG_SLUGS = ["no-contact", "self-reflection", "apology", "red-flags"] as const;
export type TagSlug = (typeof TAG_SLUGS)[number];

// Stages in the order the site tells them, though not a path everyone walks: reaching out and trying again are only
// for some readers, after the contact checks.
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

export const isTagSlug = (value: string): value is TagSlug => (TAG_SLUGS as readonly string[]).includes(value);
export const isStageSlug = (value: string): value is StageSlug => (STAGE_SLUGS as readonly string[]).includes(value);

export const byTagOrder = (a: TagSlug, b: TagSlug) => TAG_SLUGS.indexOf(a) - TAG_SLUGS.indexOf(b);
export const byStageOrder = (a: StageSlug, b: StageSlug) => STAGE_SLUGS.indexOf(a) - STAGE_SLUGS.indexOf(b);

/** The stages worth naming on a page: a list of every stage tells the reader nothing, so it is dropped. */
export function distinctiveStages(stages: StageSlug[]): StageSlug[] {
  return new Set(stages).size >= STAGE_SLUGS.length ? [] : stages;
}
