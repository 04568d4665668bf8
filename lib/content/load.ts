/**
 * Loads the content folder in one direction: read (read.ts) → parse (parse.ts) → check across files (checks.ts) →
 * render → plain data (types.ts). Any problem stops the build, one `file: field: message` line each, before any
 * file is rendered.
 */
import path from "node:path";
import { readContentSnapshot } from "../serving/content-snapshot";
import { perBuild } from "../serving/process-wide";
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
  const { sections: parts, ...body } = renderBody(markdown, safetyRules);
  return {
    ...front,
    slug,
    ...body,
    file,
    intro: markdown.intro.text,
    passages: parts.map((section) => {
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
  const tags: Tag[] = TAG_SLUGS.map((slug) => {
    const { meta, markdown } = parsed.tags.find((tag) => tag.slug === slug)!;
    return { ...meta, slug, ...renderBody(markdown, safetyRules), text: [markdown.intro.text, ...markdown.sections.map((s) => s.text)].join(" ") };
  });
  const stages: Stage[] = STAGE_SLUGS.map((slug, index) => {
    const { meta, markdown } = parsed.stages.find((stage) => stage.slug === slug)!;
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
  const folder = path.basename(path.resolve(dir));
  const parsed = parseContentFiles(readContentFiles(dir, problems), problems, folder);
  problems.push(...crossReferenceProblems(folder, parsed, problems, match));
  const { safetyVocabulary, safetyGrammar, safetyModel, searchTerms } = lists;
  if (problems.length || !safetyVocabulary || !safetyGrammar || !safetyModel || !searchTerms) throw new ContentError(problems);
  return toContent(parsed, { safetyVocabulary, safetyGrammar, safetyModel, searchTerms });
}

const cache = new Map<string, Content>();

/**
 * The site's content, read once per process from `dir`, else `CONTENT_DIR` (the benchmark's) or ./content. Code
 * built by `next build` reads the snapshot the build wrote instead (lib/serving/content-snapshot.ts; the bundler
 * inlines the ETag). Paths are untraced: the bundler would pull in the whole project, and only the build reads them.
 */
export function loadContent(dir?: string): Content {
  const key = dir ?? path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || path.join(process.cwd(), "content"));
  let content = cache.get(key);
  if (!content) {
    const etag = dir === undefined ? process.env.SITE_BUILD_ETAG : undefined;
    // A build's snapshot is read once per process, whichever bundle asks first (lib/serving/process-wide.ts says why).
    const built = etag ? perBuild("content", () => readContentSnapshot(path.join(/*turbopackIgnore: true*/ process.cwd(), ".next"), etag)) : undefined;
    content = built ?? loadContentFrom(key);
    cache.set(key, content);
  }
  return content;
}
