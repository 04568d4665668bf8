/**
 * Step 1 of loading: read every markdown file under the content folder and split its front matter from its body.
 * Only problems with the files themselves (folder, name, slug, YAML) are reported here; nothing is validated yet.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { SLUG_PATTERN } from "./schema";

const KINDS = ["articles", "tags", "stages", "pages", "rules"] as const;
export type Kind = (typeof KINDS)[number];

export interface SourceFile {
  slug: string;
  /** Path relative to the content folder's parent ("content/articles/foo.md"), for messages. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The file's line number of the body's first line, so problems in the body can name their line. */
  bodyLine: number;
}

// YAML's core schema has no date type: dates stay text for zod (schema.ts). Passing options also keeps
// gray-matter from caching by text, which would hide edits during development.
const FRONT_MATTER_OPTIONS = {
  engines: { yaml: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object },
};
const MARKDOWN_EXTENSIONS = [".md", ".markdown"];

function readFolder(dir: string, root: string, problems: string[]): SourceFile[] {
  if (!existsSync(dir)) {
    problems.push(`${path.relative(root, dir)}: folder is missing`);
    return [];
  }
  const seen = new Map<string, string>();
  const files: SourceFile[] = [];
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
      const text = readFileSync(path.join(dir, name), "utf8");
      const parsed = matter(text, FRONT_MATTER_OPTIONS);
      const bodyLine = text.slice(0, text.length - parsed.content.length).split("\n").length;
      files.push({ slug, file, data: parsed.data, body: parsed.content, bodyLine });
    } catch (error) {
      problems.push(`${file}: front matter: malformed YAML (${(error as Error).message.split("\n")[0]})`);
    }
  }
  return files;
}

/** Every markdown file of every kind under `dir` (articles/, tags/, stages/, pages/, rules/), in name order. */
export function readContentFiles(dir: string, problems: string[]): Record<Kind, SourceFile[]> {
  const root = path.dirname(path.resolve(dir));
  // Untraced, or Turbopack would trace the whole project into the server output; the server never reads content/.
  return Object.fromEntries(KINDS.map((kind) => [kind, readFolder(path.join(/*turbopackIgnore: true*/ dir, kind), root, problems)])) as Record<Kind, SourceFile[]>;
}
