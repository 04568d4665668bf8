/**
 * The front-matter schemas. Each zod schema is the single source of truth for its type: the
 * TypeScript types below are inferred from them, and the loader refuses any file that does not fit.
 */
import { z } from "zod";
import { STAGE_SLUGS, TAG_SLUGS } from "../taxonomy";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, `${what} must not be empty`);

/** One sentence for previews and search results; long descriptions get cut off by every unfurler. */
const description = text("description").max(160, "description must be at most 160 characters (one sentence)");

/**
 * A calendar day, "YYYY-MM-DD", kept as that string. The loader reads YAML with the core schema, which
 * has no date type, so dates arrive as text; zod's ISO date refuses impossible days like 2026-13-45
 * (YAML's own date type would have rolled them over into the next year).
 */
const isoDate = z.iso.date({
  error: (issue) =>
    issue.input === undefined ? "expected a date (YYYY-MM-DD)" : `"${String(issue.input)}" is not a valid date (expected YYYY-MM-DD)`,
});

export const tagSlug = z.enum(TAG_SLUGS, {
  error: (issue) => `"${String(issue.input)}" is not a tag (expected one of: ${TAG_SLUGS.join(", ")})`,
});
const stageSlug = z.enum(STAGE_SLUGS, {
  error: (issue) => `"${String(issue.input)}" is not a stage (expected one of: ${STAGE_SLUGS.join(", ")})`,
});

const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z
    .array(item)
    .default([])
    .refine((list) => new Set(list).size === list.length, `${what} are listed twice`);

/**
 * "This page deals with abuse, threats or self-harm": the page shows the safety banner (pointing to
 * /help) and the quick exit. Declared in front matter so no page has to know which slugs are sensitive.
 */
const safety = z.boolean({ error: "safety must be true or false" }).default(false);

/**
 * Whether something advises or allows contact with the ex. Never defaulted: the author decides for
 * every passage, stage and tag, so the contact rule cannot depend on someone remembering a flag.
 */
const contactDecision = (field: string, question: string) =>
  z.boolean({ error: (issue) => (issue.input === undefined ? `${field} is required: ${question} (true or false)` : `${field} must be true or false`) });

/**
 * The day a person last read the page against current advice. Pages show it with the next review due;
 * the build warns about pages past that date but never fails on the calendar alone.
 */
const reviewed = isoDate;

/**
 * The questions a passage answers, as a reader would ask them: searched as a field of their own, and
 * shown under a search result.
 */
const questions = z
  .array(text("a question"))
  .min(3, "list at least 3 questions the passage answers")
  .max(6, "list at most 6 questions (the ones a reader asks most)");

/** Tags and stages of one passage: the section under the heading whose anchor is the key. */
const sectionMeta = z.strictObject({
  tags: uniqueList(tagSlug, "tags"),
  stages: uniqueList(stageSlug, "stages"),
  /** The passage advises reaching out to the ex; only stages and tags that allow contact may list it. */
  advisesContact: contactDecision("advisesContact", "does this passage advise contacting the ex?"),
  questions,
});

const sourceCredit = z.strictObject({
  title: text("source.title"),
  author: text("source.author").optional(),
  publisher: text("source.publisher").optional(),
  published: isoDate.optional(),
  updated: isoDate.optional(),
});

export const articleFrontMatter = z.strictObject({
  title: text("title"),
  description,
  published: isoDate,
  updated: isoDate,
  reviewed,
  source: sourceCredit,
  tags: uniqueList(tagSlug, "tags"),
  stages: uniqueList(stageSlug, "stages"),
  /** Keyed by heading anchor; the loader checks each key against the article's headings. */
  sections: z.record(z.string(), sectionMeta).default({}),
  /** Former slugs; each answers with a permanent redirect to the current URL. */
  aliases: uniqueList(z.string().regex(SLUG_PATTERN, "an alias must be a lowercase slug like my-old-url"), "aliases"),
  /** The article itself deals with abuse, threats or self-harm (a safety-flagged tag it carries does too). */
  safety,
});

export const tagFrontMatter = z.strictObject({
  name: text("name"),
  description,
  reviewed,
  /** Every article carrying a safety-flagged tag shows the banner too. */
  safety,
  /** Whether passages that advise contact may carry this tag (not on the no-contact tag). */
  allowsContact: contactDecision("allowsContact", "may passages that advise contact carry this tag?"),
});

export const stageFrontMatter = z.strictObject({
  title: text("title"),
  summary: text("summary").max(120, "summary must be at most 120 characters (one line)"),
  description,
  tags: uniqueList(tagSlug, "tags"),
  reviewed,
  safety,
  /** Whether this stage's guidance allows making contact; a stage that does not gathers no passage advising it. */
  allowsContact: contactDecision("allowsContact", "does this stage's guidance allow contacting the ex?"),
});

export const pageFrontMatter = z.strictObject({
  title: text("title"),
  description,
  reviewed,
  safety,
});

/** A safety rule (content/rules/<name>.md): written once, placed into pages with ::rule{name="<name>"}. */
export const ruleFrontMatter = z.strictObject({
  /** Shown in bold at the top of the rule's box. */
  title: text("title"),
  reviewed,
  /** The rule deals with abuse, threats or self-harm: a page that places it shows the safety banner and quick exit. */
  safety,
});

export type ArticleFrontMatter = z.output<typeof articleFrontMatter>;
export type SourceCredit = z.output<typeof sourceCredit>;
export type TagFrontMatter = z.output<typeof tagFrontMatter>;
export type StageFrontMatter = z.output<typeof stageFrontMatter>;
export type PageFrontMatter = z.output<typeof pageFrontMatter>;
