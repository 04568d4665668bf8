/** Turns the site's content into search documents: one per passage, article introduction, tag and stage. */
import type { Content } from "../content";
import { routes } from "../routes";
import type { SearchDoc } from "./engine";

export function searchDocuments({ articles, tags, stages }: Content): SearchDoc[] {
  const tagName = new Map(tags.map((t) => [t.slug as string, t.name]));
  const tagText = (slugs: string[]) => slugs.map((s) => `${tagName.get(s) ?? s} ${s.replace(/-/g, " ")}`).join(" ");
  const docs: SearchDoc[] = [];
  for (const article of articles) {
    docs.push({
      id: `${article.slug}#`,
      kind: "passage",
      url: routes.article(article.slug),
      title: article.title,
      heading: "",
      tags: tagText(article.tags),
      body: `${article.description} ${article.intro}`,
      articleSlug: article.slug,
      tagSlugs: article.tags,
      stageSlugs: article.stages,
    });
    for (const passage of article.passages) {
      docs.push({
        id: `${article.slug}#${passage.id}`,
        kind: "passage",
        url: routes.article(article.slug, passage.id),
        title: article.title,
        heading: passage.heading,
        tags: tagText(passage.tags),
        body: passage.text,
        articleSlug: article.slug,
        tagSlugs: passage.tags,
        stageSlugs: passage.stages,
      });
    }
  }
  for (const tag of tags) {
    docs.push({
      id: `tag:${tag.slug}`,
      kind: "tag",
      url: routes.tag(tag.slug),
      title: tag.name,
      heading: "",
      tags: tagText([tag.slug]),
      body: `${tag.description} ${tag.text}`,
      articleSlug: "",
      tagSlugs: [tag.slug],
      stageSlugs: [],
    });
  }
  for (const stage of stages) {
    docs.push({
      id: `stage:${stage.slug}`,
      kind: "stage",
      url: routes.stage(stage.slug),
      title: stage.title,
      heading: "",
      tags: tagText(stage.tags),
      body: `${stage.summary} ${stage.text}`,
      articleSlug: "",
      tagSlugs: stage.tags,
      stageSlugs: [stage.slug],
    });
  }
  return docs;
}
