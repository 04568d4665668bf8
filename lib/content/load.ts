/**
 * Reads every content file once, validates it against the schemas and renders it. Any problem stops
 * the build with one line per problem naming the file and the field, e.g.
 *   content/articles/foo.md: tags[1]: "no-contacts" is not a tag (expected one of: …)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import { routes } from "../routes";
import { STAGE_SLUGS, TAG_SLUGS, type StageSlug, type TagSlug } from "../taxonomy";
import { renderMarkdown, type RenderedMarkdown, type TocHeading } from "./markdown";
import { contactStageProblems, helpLinkProblems } from "./safety";
import {
  articleFrontMatter,
  pageFrontMatter,
  SLUG_PATTERN,
  stageFrontMatter,
  tagFrontMatter,
  type ArticleFrontMatter,
  type PageFrontMatter,
  type StageFrontMatter,
  type TagFrontMatter,
} from "./schema";

const WORDS_PER_MINUTE = 220;

// YAML's own date type silently rolls 2026-13-45 over into 2027; reading dates as plain strings
// lets the schema refuse impossible dates. (Passing options also keeps gray-matter from caching by
// text, which would hide edits during development.)
const FRONT_MATTER_OPTIONS = {
  engines: { yaml: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object },
};
const MARKDOWN_EXTENSIONS = [".md", ".markdown"];

export interface Passage {
  articleSlug: string;
  articleTitle: string;
  id: string;
  heading: string;
  depth: number;
  excerpt: string;
  text: string;
  tags: TagSlug[];
  stages: StageSlug[];
  /** Front matter `sections.<id>.advisesContact`: this passage advises reaching out. */
  advisesContact: boolean;
}

export interface Article extends Omit<ArticleFrontMatter, "sections"> {
  slug: string;
  /** Path relative to the content directory's parent, for messages. */
  file: string;
  html: string;
  intro: string;
  headings: TocHeading[];
  passages: Passage[];
  wordCount: number;
  readingMinutes: number;
}

export interface Tag extends TagFrontMatter {
  slug: TagSlug;
  html: string;
  text: string;
}

export interface Stage extends StageFrontMatter {
  slug: StageSlug;
  /** 1-based position in the defined order. */
  step: number;
  html: string;
  text: string;
  headings: TocHeading[];
}

interface Page extends PageFrontMatter {
  slug: string;
  html: string;
  headings: TocHeading[];
}

export interface Content {
  articles: Article[];
  tags: Tag[];
  stages: Stage[];
  pages: Page[];
}

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ContentError";
  }
}

/** Formats a zod issue path the way people write it: `sections.foo.tags[1]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index ? "." : ""}${String(segment)}`))
    .join("");
}

interface RawFile {
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function listMarkdown(dir: string, root: string, problems: string[]): RawFile[] {
  if (!existsSync(dir)) {
    problems.push(`${path.relative(root, dir)}: folder is missing`);
    return [];
  }
  const seen = new Map<string, string>();
  const files: RawFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const ext = path.extname(name);
    if (!MARKDOWN_EXTENSIONS.includes(ext)) continue;
    const file = path.relative(root, path.join(dir, name));
    const slug = name.slice(0, -ext.length);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push(`${file}: file name: "${slug}" is not a valid slug (use lowercase letters, digits and single hyphens)`);
      continue;
    }
    const twin = seen.get(slug);
    if (twin) {
      problems.push(`${file}: slug: duplicate slug "${slug}" (also ${twin})`);
      continue;
    }
    seen.set(slug, file);
    try {
      const parsed = matter(readFileSync(path.join(dir, name), "utf8"), FRONT_MATTER_OPTIONS);
      files.push({ slug, file, data: parsed.data, body: parsed.content });
    } catch (error) {
      const reason = (error as Error).message.split("\n")[0];
      problems.push(`${file}: front matter: malformed YAML (${reason})`);
    }
  }
  return files;
}

function validate<S extends z.ZodType>(schema: S, raw: RawFile, problems: string[]): z.output<S> | undefined {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length ? formatPath(issue.path) : "front matter";
    const unknownKeys = issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}` : undefined;
    problems.push(`${raw.file}: ${where}: ${unknownKeys ?? issue.message}`);
  }
  return undefined;
}

function requireBody(raw: RawFile, problems: string[]): boolean {
  if (raw.body.trim()) return true;
  problems.push(`${raw.file}: body: the file has no text after its front matter`);
  return false;
}

function buildArticle(raw: RawFile, meta: ArticleFrontMatter, tagNames: Map<TagSlug, string>, problems: string[]): Article {
  const rendered: RenderedMarkdown = renderMarkdown(raw.body, {
    headingAnchors: true,
    chipsFor: (id) => (meta.sections[id]?.tags ?? []).map((tag) => ({ href: routes.tag(tag), label: tagNames.get(tag) ?? tag })),
  });
  problems.push(...helpLinkProblems(raw.file, rendered));
  const ids = new Set(rendered.headings.map((h) => h.id));
  for (const anchor of Object.keys(meta.sections)) {
    if (!ids.has(anchor)) {
      problems.push(`${raw.file}: sections.${anchor}: no heading has the anchor "${anchor}" (anchors: ${[...ids].join(", ")})`);
    }
  }
  const { sections, ...front } = meta;
  return {
    ...front,
    slug: raw.slug,
    file: raw.file,
    html: rendered.html,
    intro: rendered.intro,
    headings: rendered.headings,
    wordCount: rendered.wordCount,
    readingMinutes: Math.max(1, Math.round(rendered.wordCount / WORDS_PER_MINUTE)),
    passages: rendered.passages.map((p) => ({
      articleSlug: raw.slug,
      articleTitle: meta.title,
      id: p.id,
      heading: p.heading,
      depth: p.depth,
      excerpt: p.excerpt,
      text: p.text,
      tags: sections[p.id]?.tags ?? [],
      stages: sections[p.id]?.stages ?? [],
      advisesContact: sections[p.id]?.advisesContact ?? false,
    })),
  };
}

function checkAliases(articles: Article[], problems: string[]): void {
  const owners = new Map<string, string>(articles.map((a) => [a.slug, a.file]));
  for (const article of articles) {
    article.aliases.forEach((alias, index) => {
      const owner = owners.get(alias);
      if (owner) {
        problems.push(`${article.file}: aliases[${index}]: "${alias}" collides with ${owner === article.file ? "this article's own slug" : `the slug or alias of ${owner}`}`);
      } else {
        owners.set(alias, article.file);
      }
    });
  }
}

/** Loads one vocabulary folder (tags or stages): exactly one file per slug, nothing else. */
function loadVocabulary<S extends z.ZodType>(
  dir: string,
  root: string,
  slugs: readonly string[],
  kind: string,
  schema: S,
  problems: string[],
): Map<string, { raw: RawFile; meta: z.output<S> }> {
  const found = new Map<string, { raw: RawFile; meta: z.output<S> }>();
  for (const raw of listMarkdown(dir, root, problems)) {
    if (!slugs.includes(raw.slug)) {
      problems.push(`${raw.file}: file name: "${raw.slug}" is not a ${kind} (expected one of: ${slugs.join(", ")})`);
      continue;
    }
    const meta = validate(schema, raw, problems);
    if (meta && requireBody(raw, problems)) found.set(raw.slug, { raw, meta });
  }
  for (const slug of slugs) {
    if (!found.has(slug) && !problems.some((p) => p.startsWith(path.relative(root, path.join(dir, slug))))) {
      problems.push(`${path.relative(root, path.join(dir, `${slug}.md`))}: file is missing (every ${kind} needs one)`);
    }
  }
  return found;
}

/** Reads, validates and renders everything under `dir`. Throws ContentError listing every problem. */
export function loadContentFrom(dir: string): Content {
  const root = path.dirname(path.resolve(dir));
  const problems: string[] = [];

  const tagFiles = loadVocabulary(path.join(dir, "tags"), root, TAG_SLUGS, "tag", tagFrontMatter, problems);
  const tags: Tag[] = TAG_SLUGS.flatMap((slug) => {
    const entry = tagFiles.get(slug);
    if (!entry) return [];
    const rendered = renderMarkdown(entry.raw.body);
    problems.push(...helpLinkProblems(entry.raw.file, rendered));
    return [{ ...entry.meta, slug, html: rendered.html, text: [rendered.intro, ...rendered.passages.map((p) => p.text)].join(" ") }];
  });
  const tagNames = new Map(tags.map((t) => [t.slug, t.name]));

  const articles: Article[] = [];
  for (const raw of listMarkdown(path.join(dir, "articles"), root, problems)) {
    const meta = validate(articleFrontMatter, raw, problems);
    if (meta && requireBody(raw, problems)) articles.push(buildArticle(raw, meta, tagNames, problems));
  }
  checkAliases(articles, problems);
  // Newest first; a stable title order for equal dates keeps pages and tests deterministic.
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));

  const stageFiles = loadVocabulary(path.join(dir, "stages"), root, STAGE_SLUGS, "stage", stageFrontMatter, problems);
  const stages: Stage[] = STAGE_SLUGS.flatMap((slug, index) => {
    const entry = stageFiles.get(slug);
    if (!entry) return [];
    const passages = articles.flatMap((a) => a.passages).filter((p) => p.stages.includes(slug));
    if (articles.length && passages.length === 0) {
      problems.push(`${entry.raw.file}: passages: no article section lists the stage "${slug}", so its page would be empty`);
    }
    const rendered = renderMarkdown(entry.raw.body);
    problems.push(...helpLinkProblems(entry.raw.file, rendered));
    return [{
      ...entry.meta,
      slug,
      step: index + 1,
      html: rendered.html,
      headings: rendered.headings,
      text: [rendered.intro, ...rendered.passages.map((p) => `${p.heading} ${p.text}`)].join(" "),
    }];
  });

  // Cross-references between files: contact advice must not land on a no-contact stage.
  problems.push(...contactStageProblems(articles, stages));

  const pages: Page[] = [];
  for (const raw of listMarkdown(path.join(dir, "pages"), root, problems)) {
    const meta = validate(pageFrontMatter, raw, problems);
    if (meta && requireBody(raw, problems)) {
      const rendered = renderMarkdown(raw.body);
      problems.push(...helpLinkProblems(raw.file, rendered));
      pages.push({ ...meta, slug: raw.slug, html: rendered.html, headings: rendered.headings });
    }
  }

  if (problems.length) throw new ContentError(problems);
  return { articles, tags, stages, pages };
}

const cache = new Map<string, Content>();

/** The content directory: `CONTENT_DIR` (used by the benchmark's synthetic content) or `./content`. */
export function contentDir(): string {
  // Not traced by the bundler (it would pull in the whole project); next.config.ts lists content/
  // in outputFileTracingIncludes so the standalone server ships it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || path.join(process.cwd(), "content"));
}

/** Loads the site's content once per process (a build renders many pages from one read). */
export function loadContent(dir: string = contentDir()): Content {
  let content = cache.get(dir);
  if (!content) {
    content = loadContentFrom(dir);
    cache.set(dir, content);
  }
  return content;
}
