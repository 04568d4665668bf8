/** Turns the site's content into search documents: one per passage, article introduction, tag and stage. */
import type { Content } from "../content";
import type { StageSlug, TagSlug } from "../taxonomy";

export interface SearchDoc {
  kind: "passage" | "tag" | "stage";
  /** The article's slug for passages and introductions; the tag's or stage's slug otherwise. */
  slug: string;
  /** The passage's heading anchor ("" for an introduction, a tag or a stage). */
  anchor: string;
  /** Article title, or the tag's or stage's name. */
  title: string;
  /** Section heading (passages only). */
  heading: string;
  /** Tag names and slugs, for matching only (not stored); the filter values are in tagSlugs. */
  tags: string;
  body: string;
  tagSlugs: TagSlug[];
  stageSlugs: StageSlug[];
}

export function searchDocuments({ articles, tags, stages }: Content): SearchDoc[] {
  const tagName = new Map(tags.map((t) => [t.slug as string, t.name]));
  const tagText = (slugs: string[]) => slugs.map((s) => `${tagName.get(s) ?? s} ${s.replace(/-/g, " ")}`).join(" ");
  const docs: SearchDoc[] = [];
  for (const article of articles) {
    docs.push({
      kind: "passage",
      slug: article.slug,
      anchor: "",
      title: article.title,
      heading: "",
      tags: tagText(article.tags),
      body: `${article.description} ${article.intro}`,
      tagSlugs: article.tags,
      stageSlugs: article.stages,
    });
    for (const passage of article.passages) {
      docs.push({
        kind: "passage",
        slug: article.slug,
        anchor: passage.id,
        title: article.title,
        heading: passage.heading,
        tags: tagText(passage.tags),
        body: passage.text,
        tagSlugs: passage.tags,
        stageSlugs: passage.stages,
      });
    }
  }
  for (const tag of tags) {
    docs.push({
      kind: "tag",
      slug: tag.slug,
      anchor: "",
      title: tag.name,
      heading: "",
      tags: tagText([tag.slug]),
      body: `${tag.description} ${tag.text}`,
      tagSlugs: [tag.slug],
      stageSlugs: [],
    });
  }
  for (const stage of stages) {
    docs.push({
      kind: "stage",
      slug: stage.slug,
      anchor: "",
      title: stage.title,
      heading: "",
      tags: tagText(stage.tags),
      body: `${stage.summary} ${stage.text}`,
      tagSlugs: stage.tags,
      stageSlugs: [stage.slug],
    });
  }
  return docs;
}
