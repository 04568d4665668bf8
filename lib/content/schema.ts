/** The front-matter schemas, each the single source of its type; the loader refuses any file that does not fit. */
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
 * A calendar day, "YYYY-MM-DD", kept as text (YAML's core schema has no date type). zod refuses impossible days like
 * 2026-13-45, which YAML's own date type would have rolled over into the next year.
 */
const isoDate = z.iso.date({
  error: (issue) =>
    issue.input === undefined ? "expected a date (YYYY-MM-DD)" : `"${String(issue.input)}" is not a valid date (expected YYYY-MM-DD)`,
});

const slugOf = <T extends string>(slugs: readonly [T, ...T[]], kind: string) =>
  z.enum(slugs, { error: (issue) => `"${String(issue.input)}" is not a ${kind} (expected one of: ${slugs.join(", ")})` });
export const tagSlug = slugOf(TAG_SLUGS, "tag");
const stageSlug = slugOf(STAGE_SLUGS, "stage");

const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z
    .array(item)
    .default([])
    .refine((list) => new Set(list).size === list.length, `${what} are listed twice`);

/** The page deals with abuse, threats or self-harm: it shows the safety banner and quick exit (no code lists slugs). */
const safety = z.boolean({ error: "safety must be true or false" }).default(false);

/** Whether something advises or allows contact; never defaulted, so the rule never hangs on a remembered flag. */
const contactDecision = (field: string, question: string) =>
  z.boolean({ error: (issue) => (issue.input === undefined ? `${field} is required: ${question} (true or false)` : `${field} must be true or false`) });

/** The day a person last read the page against current advice; the build warns once a review is due, never fails. */
const reviewed = isoDate;

/** Tags and stages of one passage: the section under the heading whose anchor is the key. */
const sectionMeta = z.strictObject({
  tags: uniqueList(tagSlug, "tags"),
  stages: uniqueList(stageSlug, "stages"),
  /** The passage advises reaching out to the ex; only stages and tags that allow contact may list it. */
  advisesContact: contactDecision("advisesContact", "does this passage advise contacting the ex?"),
  /** The questions it answers, in a reader's words: searched as a field of their own, shown under a result. */
  questions: z
    .array(text("a question"))
    .min(3, "list at least 3 questions the passage answers")
    .max(6, "list at most 6 questions (the ones a reader asks most)"),
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
