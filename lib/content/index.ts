/** The read-side API pages use. All of it derives from `loadContent()`, so a build reads content/ once. */
import { byStageOrder, byTagOrder, type StageSlug, type TagSlug } from "../taxonomy";
import { loadContent, type Article, type Content, type Passage, type Stage, type Tag } from "./load";

export type { Article, Content, Passage, Section, Stage, Tag } from "./load";
export { loadContent } from "./load";
export { CONTACT_GATE } from "./contact-gate";

export const getArticles = (): Article[] => loadContent().articles;
export const getTags = (): Tag[] => loadContent().tags;
export const getTag = (slug: string): Tag | undefined => getTags().find((t) => t.slug === slug);
export const getStages = (): Stage[] => loadContent().stages;
export const getStage = (slug: string): Stage | undefined => getStages().find((s) => s.slug === slug);
export const getPage = (slug: string) => loadContent().pages.find((p) => p.slug === slug);

/** Every tag of an article: its own plus those of its passages, in vocabulary order. */
export function articleTags(article: Article): TagSlug[] {
  return [...new Set([...article.tags, ...article.passages.flatMap((p) => p.tags)])].sort(byTagOrder);
}

/** Whether a page shows the safety banner and quick exit: its `safety`, a safety rule it places, or a flagged tag. */
export function showsSafetyBanner(item: Article | Tag | Stage | Content["pages"][number]): boolean {
  if (item.safety || item.placesSafetyRule) return true;
  if (!("passages" in item)) return false;
  const flagged = new Set(getTags().filter((tag) => tag.safety).map((tag) => tag.slug));
  return articleTags(item).some((tag) => flagged.has(tag));
}

export function articleStages(article: Article): StageSlug[] {
  return [...new Set([...article.stages, ...article.passages.flatMap((p) => p.stages)])].sort(byStageOrder);
}

export function articlesWithTag(tag: TagSlug, articles: Article[] = getArticles()): Article[] {
  return articles.filter((a) => articleTags(a).includes(tag));
}

export function passagesWithTag(tag: TagSlug, articles: Article[] = getArticles()): Passage[] {
  return articles.flatMap((a) => a.passages.filter((p) => p.tags.includes(tag)));
}

export function passagesForStage(stage: StageSlug, articles: Article[] = getArticles()): Passage[] {
  return articles.flatMap((a) => a.passages.filter((p) => p.stages.includes(stage)));
}

export type PassageGroup = { article: Article; passages: Passage[] };

/** Groups passages under their article, keeping the articles' order (one pass over each list). */
export function groupByArticle(passages: Passage[], articles: Article[] = getArticles()): PassageGroup[] {
  const bySlug = new Map<string, Passage[]>();
  for (const passage of passages) {
    if (!bySlug.has(passage.articleSlug)) bySlug.set(passage.articleSlug, []);
    bySlug.get(passage.articleSlug)!.push(passage);
  }
  return articles.filter((article) => bySlug.has(article.slug)).map((article) => ({ article, passages: bySlug.get(article.slug)! }));
}

/** Tags sharing passages or articles with `tag`, most shared first; a keep-apart topic names only keep-apart ones. */
export function relatedTags(tag: TagSlug, articles: Article[] = getArticles(), tags: Tag[] = getTags()): TagSlug[] {
  const open = new Set(tags.filter((t) => t.allowsContact).map((t) => t.slug));
  const counts = new Map<TagSlug, number>();
  for (const tags of articles.flatMap((a) => [a.tags, ...a.passages.map((p) => p.tags)])) {
    if (!tags.includes(tag)) continue;
    for (const other of tags) if (other !== tag) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .filter(([slug]) => open.has(tag) || !open.has(slug))
    .sort((a, b) => b[1] - a[1] || byTagOrder(a[0], b[0]))
    .map(([slug]) => slug);
}

/** Articles sharing tags or stages with `article`, most first, then by title so every build lists them alike. */
export function relatedArticles(article: Article, limit = 3, articles: Article[] = getArticles()): Article[] {
  const tags = new Set(articleTags(article));
  const stages = new Set(articleStages(article));
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      other,
      sharedTags: articleTags(other).filter((t) => tags.has(t)).length,
      sharedStages: articleStages(other).filter((s) => stages.has(s)).length,
    }))
    .filter((r) => r.sharedTags + r.sharedStages > 0)
    .sort((a, b) => b.sharedTags - a.sharedTags || b.sharedStages - a.sharedStages || a.other.title.localeCompare(b.other.title))
    .slice(0, limit)
    .map((r) => r.other);
}

/**
 * A stage's previous and next stage for its pager. A stage for keeping apart (allowsContact: false) skips those
 * that allow contact, so its pager never leads to reaching out: contact is a decision with checks, not a next step.
 */
export function stageNeighbours(slug: string, stages: Stage[] = getStages()): { previous?: Stage; next?: Stage } {
  const stage = stages.find((s) => s.slug === slug);
  return neighbours(stage && !stage.allowsContact ? stages.filter((s) => !s.allowsContact) : stages, slug);
}

/** The neighbours of `slug` in `list`, for previous/next links. */
export function neighbours<T extends { slug: string }>(list: T[], slug: string): { previous?: T; next?: T } {
  const index = list.findIndex((item) => item.slug === slug);
  return { previous: index > 0 ? list[index - 1] : undefined, next: index >= 0 ? list[index + 1] : undefined };
}
