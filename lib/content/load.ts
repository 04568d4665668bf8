/**
 * Loads the content folder in one pass, one direction:
 *
 *   read every file (read.ts) → front matter through zod, body through remark (parse.ts)
 *   → checks across files (checks.ts, with the safety rules) → render HTML → plain data (types.ts)
 *
 * Any problem stops the build with one line per problem naming the file and the field, e.g.
 *   content/articles/foo.md: tags[1]: "no-contacts" is not a tag (expected one of: …)
 * Nothing is rendered until every file has passed every check.
 */
import path from "node:path";
import { readContentSnapshot } from "../serving/content-snapshot";
import { compileSafetyMatcher } from "../safety-terms";
import { STAGE_SLUGS, TAG_SLUGS } from "../taxonomy";
import { crossReferenceProblems, sectionMeta } from "./checks";
import { renderHtml, type ParsedMarkdown } from "./markdown";
import { parseContentFiles, type ParsedContent } from "./parse";
import { readContentFiles } from "./read";
import { readTermLists, type TermLists } from "./term-lists";
import type { Article, Body, Content, Stage, Tag } from "./types";

export type { Article, Content, Passage, Section, Stage, Tag } from "./types";

const WORDS_PER_MINUTE = 220;

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

/** The introduction's and every section's HTML; `safetyRules` names the rules flagged `safety: true`. */
function renderBody({ intro, sections, definitions }: ParsedMarkdown, safetyRules: ReadonlySet<string>): Body {
  return {
    placesSafetyRule: [intro, ...sections].some((part) => part.rules.some((rule) => safetyRules.has(rule))),
    introHtml: renderHtml(intro, definitions),
    introPlacedText: intro.placedText,
    sections: sections.map(({ id, heading, depth, text, excerpt, placedText, nodes }) => ({ id, heading, depth, text, excerpt, placedText, html: renderHtml({ nodes }, definitions) })),
  };
}

function toArticle({ slug, file, meta, markdown }: ParsedContent["articles"][number], safetyRules: ReadonlySet<string>): Article {
  const { sections, ...front } = meta;
  const body = renderBody(markdown, safetyRules);
  return {
    ...front,
    slug,
    placesSafetyRule: body.placesSafetyRule,
    file,
    introHtml: body.introHtml,
    introPlacedText: body.introPlacedText,
    intro: markdown.intro.text,
    passages: body.sections.map((section) => {
      const { tags, stages, advisesContact, questions } = sectionMeta(sections, section.id);
      return { ...section, excerpt: advisesContact ? null : section.excerpt, articleSlug: slug, articleTitle: meta.title, tags, stages, advisesContact, questions };
    }),
    wordCount: markdown.wordCount,
    readingMinutes: Math.max(1, Math.round(markdown.wordCount / WORDS_PER_MINUTE)),
  };
}

/** Step 4: render and shape the checked files into what pages use. */
function toContent(parsed: ParsedContent, { searchTerms, safetyVocabulary, safetyGrammar, safetyModel }: Required<TermLists>): Content {
  const safetyRules = new Set(parsed.rules.filter((rule) => rule.meta.safety).map((rule) => rule.slug));
  const bySlug = <T extends { slug: string }>(list: T[]) => new Map(list.map((item) => [item.slug, item]));
  const tagFiles = bySlug(parsed.tags);
  const stageFiles = bySlug(parsed.stages);
  const tags: Tag[] = TAG_SLUGS.map((slug) => {
    const { meta, markdown } = tagFiles.get(slug)!;
    return { ...meta, slug, ...renderBody(markdown, safetyRules), text: [markdown.intro.text, ...markdown.sections.map((s) => s.text)].join(" ") };
  });
  const stages: Stage[] = STAGE_SLUGS.map((slug, index) => {
    const { meta, markdown } = stageFiles.get(slug)!;
    return {
      ...meta,
      slug,
      step: index + 1,
      ...renderBody(markdown, safetyRules),
      text: [markdown.intro.text, ...markdown.sections.map((s) => `${s.heading} ${s.text}`)].join(" "),
    };
  });
  const articles = parsed.articles
    .map((article) => toArticle(article, safetyRules))
    // Newest first; a stable title order for equal dates keeps pages and tests deterministic.
    .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  const pages = parsed.pages.map(({ slug, meta, markdown }) => ({ ...meta, slug, ...renderBody(markdown, safetyRules) }));
  return { articles, tags, stages, pages, searchTerms, safetyVocabulary, safetyGrammar, safetyModel };
}

/** Reads, checks and renders everything under `dir`. Throws ContentError listing every problem. */
export function loadContentFrom(dir: string): Content {
  const problems: string[] = [];
  const lists = readTermLists(dir, problems);
  const match = lists.safetyVocabulary ? compileSafetyMatcher(lists.safetyVocabulary) : () => [];
  const parsed = parseContentFiles(readContentFiles(dir, problems), problems, path.basename(path.resolve(dir)));
  problems.push(...crossReferenceProblems(path.basename(path.resolve(dir)), parsed, problems, match));
  const { safetyVocabulary, safetyGrammar, safetyModel, searchTerms } = lists;
  if (problems.length || !safetyVocabulary || !safetyGrammar || !safetyModel || !searchTerms) throw new ContentError(problems);
  return toContent(parsed, { safetyVocabulary, safetyGrammar, safetyModel, searchTerms });
}

const cache = new Map<string, Content>();

/** The content directory: `CONTENT_DIR` (used by the benchmark's synthetic content) or `./content`. */
function contentDir(): string {
  // Not traced by the bundler (it would pull in the whole project). Only the build reads content/:
  // every page is rendered then, and search reads its own index file.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || path.join(process.cwd(), "content"));
}

/**
 * Loads the site's content once per process (a build renders many pages from one read). Code built by
 * `next build` (its page workers, the server) reads the snapshot the build wrote of the same content
 * instead (lib/serving/content-snapshot.ts); the build itself and everything else read `dir`.
 */
export function loadContent(dir?: string): Content {
  const key = dir ?? contentDir();
  let content = cache.get(key);
  if (!content) {
    content = (dir === undefined ? builtContent() : undefined) ?? loadContentFrom(key);
    cache.set(key, content);
  }
  return content;
}

/** The snapshot of this build's content, in code built by `next build` (the bundler inlines the ETag). */
function builtContent(): Content | undefined {
  const etag = process.env.SITE_BUILD_ETAG;
  return etag ? readContentSnapshot(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next"), etag) : undefined;
}
