/**
 * Step 3 of loading: checks across files, once every file has parsed on its own. Each problem is one
 * `file: field: message` line, like the schema's. The safety rules (lib/content/safety.ts) run here
 * too: add a rule to `crossReferenceProblems` and it fails the build with the others.
 */
import { STAGE_SLUGS, TAG_SLUGS } from "../taxonomy";
import type { ParsedContent } from "./parse";
import { contactStageProblems, helpLinkProblems } from "./safety";
import type { ArticleFrontMatter } from "./schema";

type SectionMeta = ArticleFrontMatter["sections"][string];
const NO_META: SectionMeta = { tags: [], stages: [], advisesContact: false };

/** The front matter of the section under heading `id` (its defaults when the file lists none). */
export function sectionMeta(sections: ArticleFrontMatter["sections"], id: string): SectionMeta {
  return sections[id] ?? NO_META;
}

/** Every tag and stage needs its file (unless the file exists and already failed with its own problem). */
function missingVocabulary(folder: string, { tags, stages }: ParsedContent, problems: readonly string[]): string[] {
  const missing = (kind: "tags" | "stages", slugs: readonly string[], found: { slug: string }[], noun: string) =>
    slugs
      .filter((slug) => !found.some((f) => f.slug === slug) && !problems.some((p) => p.startsWith(`${folder}/${kind}/${slug}`)))
      .map((slug) => `${folder}/${kind}/${slug}.md: file is missing (every ${noun} needs one)`);
  return [...missing("tags", TAG_SLUGS, tags, "tag"), ...missing("stages", STAGE_SLUGS, stages, "stage")];
}

/** `sections:` in an article's front matter is keyed by heading anchor; each key must be one. */
function unknownAnchors({ articles }: ParsedContent): string[] {
  return articles.flatMap(({ file, meta, markdown }) => {
    const ids = markdown.sections.map((s) => s.id);
    return Object.keys(meta.sections)
      .filter((anchor) => !ids.includes(anchor))
      .map((anchor) => `${file}: sections.${anchor}: no heading has the anchor "${anchor}" (anchors: ${ids.join(", ")})`);
  });
}

/** An alias redirects to its article, so it must not be any article's slug or another alias. */
function collidingAliases({ articles }: ParsedContent): string[] {
  const owners = new Map<string, string>(articles.map((a) => [a.slug, a.file]));
  return articles.flatMap(({ file, meta }) =>
    meta.aliases.flatMap((alias, index) => {
      const owner = owners.get(alias);
      if (!owner) {
        owners.set(alias, file);
        return [];
      }
      return [`${file}: aliases[${index}]: "${alias}" collides with ${owner === file ? "this article's own slug" : `the slug or alias of ${owner}`}`];
    }),
  );
}

/** A stage page lists the passages mapped to it; a stage no passage lists would be an empty page. */
function emptyStages({ articles, stages }: ParsedContent): string[] {
  if (!articles.length) return [];
  const listed = new Set(articles.flatMap(({ meta, markdown }) => markdown.sections.flatMap((s) => sectionMeta(meta.sections, s.id).stages)));
  return stages
    .filter((stage) => !listed.has(stage.slug as (typeof STAGE_SLUGS)[number]))
    .map((stage) => `${stage.file}: passages: no article section lists the stage "${stage.slug}", so its page would be empty`);
}

/** Every problem between files; `folder` is the content folder's name as messages show it ("content"). */
export function crossReferenceProblems(folder: string, content: ParsedContent, problems: readonly string[]): string[] {
  return [
    ...missingVocabulary(folder, content, problems),
    ...unknownAnchors(content),
    ...collidingAliases(content),
    ...emptyStages(content),
    // Safety rule 2: a passage (or introduction) that touches self-harm, threats or abuse links /help.
    ...[content.tags, content.articles, content.stages, content.pages].flat().flatMap(({ file, markdown }) => helpLinkProblems(file, markdown)),
    // Safety rule 1: contact advice must not land on a stage whose guidance is not to make contact.
    ...contactStageProblems(
      content.articles.map(({ file, meta, markdown }) => ({ file, passages: markdown.sections.map((s) => ({ id: s.id, ...sectionMeta(meta.sections, s.id) })) })),
      content.stages.map((s) => ({ slug: s.slug, discouragesContact: s.meta.discouragesContact })),
    ),
  ];
}
