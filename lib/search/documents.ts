/** Turns the site's content into search documents: one per passage, article introduction, tag and stage. */
import type { Content } from "../content";
import type { StoredDoc } from "./site-index";

export interface SearchDoc extends StoredDoc {
  /** Tag names and slugs, for matching only (not stored); the filter values are in tagSlugs. */
  tags: string;
  body: string;
  /**
   * What a topic or stage page says it is for, in a reader's terms (its description; a stage's summary
   * too): matched as a passage's questions are, since it names the situations the page answers.
   */
  about?: string;
}

// A rule placed in a passage (::rule in markdown) is not the author's text, but the reader sees it
// there, in a box of its own: its words are part of what the passage answers ("they blocked me" finds
// every passage that says what a no looks like).
const joined = (...parts: string[]) => parts.filter(Boolean).join(" ");

export function searchDocuments({ articles, tags, stages }: Content): SearchDoc[] {
  const tagName = new Map(tags.map((t) => [t.slug as string, t.name]));
  const tagText = (slugs: string[]) => slugs.map((s) => `${tagName.get(s) ?? s} ${s.replace(/-/g, " ")}`).join(" ");
  const page = (kind: "tag" | "stage", slug: string, title: string, body: string): Omit<SearchDoc, "tags" | "tagSlugs" | "stageSlugs"> => ({ kind, slug, anchor: "", title, heading: "", questions: [], body });
  return [
    ...articles.flatMap((article): SearchDoc[] => [
      {
        kind: "passage",
        slug: article.slug,
        anchor: "",
        title: article.title,
        heading: "",
        questions: [],
        tags: tagText(article.tags),
        body: joined(article.description, article.intro, article.introPlacedText),
        tagSlugs: article.tags,
        stageSlugs: article.stages,
      },
      ...article.passages.map((passage): SearchDoc => ({
        kind: "passage",
        slug: article.slug,
        anchor: passage.id,
        title: article.title,
        heading: passage.heading,
        questions: passage.questions,
        tags: tagText(passage.tags),
        body: joined(passage.text, passage.placedText),
        tagSlugs: passage.tags,
        stageSlugs: passage.stages,
      })),
    ]),
    ...tags.map((tag): SearchDoc => ({
      ...page("tag", tag.slug, tag.name, joined(tag.description, tag.text, tag.introPlacedText, ...tag.sections.map((s) => s.placedText))),
      about: tag.description,
      tags: tagText([tag.slug]),
      tagSlugs: [tag.slug],
      stageSlugs: [],
    })),
    ...stages.map((stage): SearchDoc => ({
      ...page("stage", stage.slug, stage.title, joined(stage.summary, stage.text, stage.introPlacedText, ...stage.sections.map((s) => s.placedText))),
      about: joined(stage.summary, stage.description),
      tags: tagText(stage.tags),
      tagSlugs: stage.tags,
      stageSlugs: [stage.slug],
    })),
  ];
}
