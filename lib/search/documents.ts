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

// A rule placed in a passage (::rule in markdown) is left out of the passage's plain text, but the
// reader sees it there, in a box of its own: its words are part of what the passage answers ("they
// blocked me" finds every passage that says what a no looks like). Taken from the rendered HTML.
const RULE_BOX = /<div class="safety-rule"[^>]*>([\s\S]*?)<\/div>/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of the rule boxes placed in a part's HTML, as one string ("" when it places none). */
export function placedRuleText(html: string): string {
  return [...html.matchAll(RULE_BOX)].map((box) => decodeEntities(box[1]!.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim()).join(" ");
}

const joined = (...parts: string[]) => parts.filter(Boolean).join(" ");

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
      body: joined(article.description, article.intro, placedRuleText(article.introHtml)),
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
        body: joined(passage.text, placedRuleText(passage.html)),
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
      body: joined(tag.description, tag.text, placedRuleText([tag.introHtml, ...tag.sections.map((s) => s.html)].join(""))),
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
      body: joined(stage.summary, stage.text, placedRuleText([stage.introHtml, ...stage.sections.map((s) => s.html)].join(""))),
      tagSlugs: stage.tags,
      stageSlugs: [stage.slug],
    });
  }
  return docs;
}
