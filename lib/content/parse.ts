/**
 * Step 2 of loading: each file on its own, front matter through its zod schema, body through remark (markdown.ts).
 * The safety rules are parsed first, so every other file can place them; files that fail are left out.
 */
import type { z } from "zod";
import { STAGE_SLUGS, TAG_SLUGS } from "../taxonomy";
import { crisisLinesList } from "./crisis-lines";
import { CONTACT_GATE } from "./contact-gate";
import { parseMarkdown, placeContactGates, type DirectiveContext, type ParsedMarkdown, type RuleBody } from "./markdown";
import type { Kind, SourceFile } from "./read";
import { articleFrontMatter, pageFrontMatter, ruleFrontMatter, stageFrontMatter, tagFrontMatter, type ArticleFrontMatter } from "./schema";

interface ParsedFile<Meta> {
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

function directiveContext(source: SourceFile, problems: string[], rules: ReadonlyMap<string, RuleBody>): DirectiveContext {
  return {
    rules,
    crisisLines: () => [crisisLinesList()],
    problem: (line, message) => problems.push(`${source.file}: line ${source.bodyLine + line - 1}: ${message}`),
  };
}

function parseFile<S extends z.ZodType>(schema: S, source: SourceFile, problems: string[], rules: ReadonlyMap<string, RuleBody>): ParsedFile<z.output<S>> | undefined {
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
  return { slug: source.slug, file: source.file, meta: result.data, markdown: parseMarkdown(source.body, directiveContext(source, problems, rules)) };
}

/** Tags and stages are closed vocabularies (lib/taxonomy.ts): a file must be named after one. */
function inVocabulary(source: SourceFile, slugs: readonly string[], kind: string, problems: string[]): boolean {
  if (slugs.includes(source.slug)) return true;
  problems.push(`${source.file}: file name: "${source.slug}" is not a ${kind} (expected one of: ${slugs.join(", ")})`);
  return false;
}

const parseAll = <S extends z.ZodType>(schema: S, sources: SourceFile[], problems: string[], rules: ReadonlyMap<string, RuleBody>) =>
  sources.flatMap((source) => parseFile(schema, source, problems, rules) ?? []);

/** A rule is one block of guidance placed inside a passage, so it has no headings of its own. */
function ruleBodies(rules: ParsedFile<{ title: string }>[], problems: string[]): Map<string, RuleBody> {
  return new Map(
    rules.flatMap(({ slug, file, meta, markdown }) => {
      if (markdown.sections.length) {
        problems.push(`${file}: body: a rule has no headings (it is placed inside a passage); "${markdown.sections[0]?.heading}" is one`);
        return [];
      }
      return [[slug, { title: meta.title, nodes: markdown.intro.nodes }] as const];
    }),
  );
}

/** The contact gate atop every passage that advises contact; its rules are required, or none could show safely. */
function withContactGates(articles: ParsedFile<ArticleFrontMatter>[], sources: SourceFile[], folder: string, problems: string[], rules: ReadonlyMap<string, RuleBody>) {
  const missing = CONTACT_GATE.rules.filter((name) => !rules.has(name));
  if (missing.length) {
    problems.push(...missing.map((name) => `${folder}/rules/${name}.md: file is missing (the contact gate places it in every passage that advises contact)`));
    return articles;
  }
  return articles.map((article) => {
    const source = sources.find((s) => s.file === article.file)!;
    const contactIds = new Set(Object.entries(article.meta.sections).flatMap(([id, section]) => (section.advisesContact ? [id] : [])));
    return { ...article, markdown: placeContactGates(article.markdown, contactIds, directiveContext(source, problems, rules)) };
  });
}

export function parseContentFiles(files: Record<Kind, SourceFile[]>, problems: string[], folder = "content") {
  const ruleFiles = parseAll(ruleFrontMatter, files.rules, problems, new Map());
  const rules = ruleBodies(ruleFiles, problems);
  return {
    rules: ruleFiles,
    tags: parseAll(tagFrontMatter, files.tags.filter((f) => inVocabulary(f, TAG_SLUGS, "tag", problems)), problems, rules),
    articles: withContactGates(parseAll(articleFrontMatter, files.articles, problems, rules), files.articles, folder, problems, rules),
    stages: parseAll(stageFrontMatter, files.stages.filter((f) => inVocabulary(f, STAGE_SLUGS, "stage", problems)), problems, rules),
    pages: parseAll(pageFrontMatter, files.pages, problems, rules),
  };
}

export type ParsedContent = ReturnType<typeof parseContentFiles>;
