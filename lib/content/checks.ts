/** Step 3 of loading: checks across files, the safety checks (safety.ts) among them, once each file has parsed. */
import { routes, withAnchor } from "../routes";
import type { SafetyMatch } from "../safety-terms";
import { STAGE_SLUGS, TAG_SLUGS } from "../taxonomy";
import type { ParsedContent } from "./parse";
import { CONTACT_GATE } from "./contact-gate";
import { contactChecksProblems, contactProblems, keepApartProblems, passageSafetyProblems, typedNumberProblems } from "./safety";
import type { ArticleFrontMatter } from "./schema";

/** The front matter of the section under heading `id`; `unmappedPassages` refuses content where it is missing. */
export function sectionMeta(sections: ArticleFrontMatter["sections"], id: string): ArticleFrontMatter["sections"][string] {
  const meta = sections[id];
  if (!meta) throw new Error(`no front matter for the section "${id}"`);
  return meta;
}

/** Every passage says whether it advises contact: a heading without its entry is refused, not defaulted. */
function unmappedPassages({ articles }: ParsedContent): string[] {
  return articles.flatMap(({ file, meta, markdown }) =>
    markdown.sections
      .filter((s) => !meta.sections[s.id])
      .map((s) => `${file}: sections.${s.id}: missing (every passage says its tags, stages and advisesContact: true or false)`),
  );
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
      if (owner) return [`${file}: aliases[${index}]: "${alias}" collides with ${owner === file ? "this article's own slug" : `the slug or alias of ${owner}`}`];
      owners.set(alias, file);
      return [];
    }),
  );
}

/** A stage page lists the passages mapped to it; a stage no passage lists would be an empty page. */
function emptyStages({ articles, stages }: ParsedContent): string[] {
  if (!articles.length) return [];
  const listed = new Set<string>(articles.flatMap(({ meta, markdown }) => markdown.sections.flatMap((s) => meta.sections[s.id]?.stages ?? [])));
  return stages
    .filter((stage) => !listed.has(stage.slug))
    .map((stage) => `${stage.file}: passages: no article section lists the stage "${stage.slug}", so its page would be empty`);
}

/** Every problem between files; `folder` is the content folder's name as messages show it ("content"). */
export function crossReferenceProblems(folder: string, content: ParsedContent, problems: readonly string[], safetyMatch: (text: string) => SafetyMatch[]): string[] {
  const pages = [content.tags, content.articles, content.stages, content.pages].flat();
  return [
    ...missingVocabulary(folder, content, problems),
    ...unknownAnchors(content),
    ...unmappedPassages(content),
    ...collidingAliases(content),
    ...emptyStages(content),
    ...pages.flatMap(({ file, markdown }) => passageSafetyProblems(file, markdown, safetyMatch)),
    ...content.rules.flatMap(({ file, slug, markdown }) => passageSafetyProblems(file, markdown, safetyMatch, slug)),
    ...[...pages, ...content.rules].flatMap(({ file, markdown }) => typedNumberProblems(file, markdown)),
    ...keepApartProblems(
      [
        ...content.stages.map(({ file, meta, markdown }) => ({ file, kind: "stage" as const, allowsContact: meta.allowsContact, tags: meta.tags, markdown })),
        ...content.tags.map(({ file, meta, markdown }) => ({ file, kind: "topic" as const, allowsContact: meta.allowsContact, tags: [], markdown })),
      ],
      {
        tags: new Set(content.tags.filter((t) => t.meta.allowsContact).map((t) => t.slug)),
        checks: withAnchor(routes.stage(CONTACT_GATE.checksStage), CONTACT_GATE.checksAnchor),
        pages: new Map([
          ...content.articles.flatMap(({ slug, meta }) =>
            Object.entries(meta.sections).flatMap(([id, s]) => (s.advisesContact ? [[routes.article(slug, id), "a passage that advises contact"] as const] : [])),
          ),
          ...content.stages.filter((s) => s.meta.allowsContact).map((s) => [routes.stage(s.slug), "a stage that allows contact"] as const),
          ...content.tags.filter((t) => t.meta.allowsContact).map((t) => [routes.tag(t.slug), "a topic that allows contact"] as const),
        ]),
      },
    ),
    ...contactChecksProblems(content.stages.find((s) => s.slug === CONTACT_GATE.checksStage), CONTACT_GATE.checksAnchor),
    ...contactProblems(
      content.articles.map(({ file, meta, markdown }) => ({
        file,
        passages: markdown.sections.flatMap((s) => (meta.sections[s.id] ? [{ id: s.id, ...meta.sections[s.id]! }] : [])),
      })),
      {
        stages: new Set(content.stages.filter((s) => !s.meta.allowsContact).map((s) => s.slug)),
        tags: new Set(content.tags.filter((t) => !t.meta.allowsContact).map((t) => t.slug)),
      },
    ),
  ];
}
