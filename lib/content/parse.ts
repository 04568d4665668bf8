/**
 * Step 2 of loading: each file on its own. The front matter goes through its kind's zod schema (one
 * line per issue, naming file and field), the body must not be empty, and remark parses it into an
 * introduction and sections (lib/content/markdown.ts). Files that fail are left out, so the later
 * steps only see valid ones.
 */
import type { z } from "zod";
import { STAGE_SLUGS, TAG_SLUGS } from "../taxonomy";
import { parseMarkdown, type ParsedMarkdown } from "./markdown";
import type { Kind, SourceFile } from "./read";
import { articleFrontMatter, pageFrontMatter, stageFrontMatter, tagFrontMatter } from "./schema";

export interface ParsedFile<Meta> {
  slug: string;
  file: string;
  meta: Meta;
  markdown: ParsedMarkdown;
}

/** Formats a zod issue path the way people write it: `sections.foo.tags[1]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index ? "." : ""}${String(segment)}`))
    .join("");
}

function parseFile<S extends z.ZodType>(schema: S, source: SourceFile, problems: string[]): ParsedFile<z.output<S>> | undefined {
  const result = schema.safeParse(source.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = issue.path.length ? formatPath(issue.path) : "front matter";
      const unknownKeys = issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}` : undefined;
      problems.push(`${source.file}: ${where}: ${unknownKeys ?? issue.message}`);
    }
    return undefined;
  }
  if (!source.body.trim()) {
    problems.push(`${source.file}: body: the file has no text after its front matter`);
    return undefined;
  }
  return { slug: source.slug, file: source.file, meta: result.data, markdown: parseMarkdown(source.body) };
}

/** Tags and stages are closed vocabularies (lib/taxonomy.ts): a file must be named after one. */
function inVocabulary(source: SourceFile, slugs: readonly string[], kind: string, problems: string[]): boolean {
  if (slugs.includes(source.slug)) return true;
  problems.push(`${source.file}: file name: "${source.slug}" is not a ${kind} (expected one of: ${slugs.join(", ")})`);
  return false;
}

const parseAll = <S extends z.ZodType>(schema: S, sources: SourceFile[], problems: string[]) =>
  sources.flatMap((source) => parseFile(schema, source, problems) ?? []);

export function parseContentFiles(files: Record<Kind, SourceFile[]>, problems: string[]) {
  return {
    tags: parseAll(tagFrontMatter, files.tags.filter((f) => inVocabulary(f, TAG_SLUGS, "tag", problems)), problems),
    articles: parseAll(articleFrontMatter, files.articles, problems),
    stages: parseAll(stageFrontMatter, files.stages.filter((f) => inVocabulary(f, STAGE_SLUGS, "stage", problems)), problems),
    pages: parseAll(pageFrontMatter, files.pages, problems),
  };
}

export type ParsedContent = ReturnType<typeof parseContentFiles>;
