/** Turns the site's content into search documents: one per passage, article introduction, tag and stage. */
import type { Content, Stage, Tag } from "../content";
import type { StoredDoc } from "./site-index";

export interface SearchDoc extends StoredDoc {
  /** Tag names and slugs, for matching only (not stored); the filter values are in tagSlugs. */
  tags: string;
  body: string;
  /** A topic or stage page's description (a stage's summary too): it names the situations the page answers. */
  about?: string;
}

type DocFields = Omit<SearchDoc, "tags" | "anchor" | "heading" | "questions" | "advisesContact"> & Partial<SearchDoc>;

// A rule placed in a passage (::rule) is not the author's text, but the reader sees it there: its words are part of
// what the passage answers ("they blocked me" finds every passage that says what a no looks like).
const joined = (...parts: string[]) => parts.filter(Boolean).join(" ");
const pageBody = (lead: string, page: Tag | Stage) => joined(lead, page.text, page.introPlacedText, ...page.sections.map((s) => s.placedText));

export function searchDocuments({ articles, tags, stages }: Content): SearchDoc[] {
  const tagName = new Map(tags.map((t) => [t.slug as string, t.name]));
  const doc = (fields: DocFields): SearchDoc => ({
    anchor: "",
    heading: "",
    questions: [],
    advisesContact: false,
    tags: fields.tagSlugs.map((s) => `${tagName.get(s) ?? s} ${s.replace(/-/g, " ")}`).join(" "),
    ...fields,
  });
  return [
    ...articles.flatMap((article) => {
      const shared = { kind: "passage", slug: article.slug, title: article.title } as const;
      return [
        doc({ ...shared, body: joined(article.description, article.intro, article.introPlacedText), tagSlugs: article.tags, stageSlugs: article.stages }),
        ...article.passages.map((p) =>
          doc({ ...shared, anchor: p.id, heading: p.heading, questions: p.questions, body: joined(p.text, p.placedText), tagSlugs: p.tags, stageSlugs: p.stages, advisesContact: p.advisesContact }),
        ),
      ];
    }),
    ...tags.map((tag) =>
      doc({ kind: "tag", slug: tag.slug, title: tag.name, about: tag.description, body: pageBody(tag.description, tag), tagSlugs: [tag.slug], stageSlugs: [] }),
    ),
    ...stages.map((stage) => {
      const about = joined(stage.summary, stage.description);
      return doc({ kind: "stage", slug: stage.slug, title: stage.title, about, body: pageBody(stage.summary, stage), tagSlugs: stage.tags, stageSlugs: [stage.slug] });
    }),
  ];
}
