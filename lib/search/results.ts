/**
 * Turns ranked hits into what a results page shows: groups (one per article, at most a few passages
 * each, so one article cannot flood the page), snippets with the matched words marked, and facet
 * counts for tags and stages.
 */
import { searchIndex, type Hit, type Index } from "./engine";
import { highlight, snippet, type Segment } from "./snippet";

export const PASSAGES_PER_ARTICLE = 3;

export interface ResultItem {
  url: string;
  heading: string;
  /** The heading with matched words marked (a heading-only match would otherwise show no mark). */
  headingSegments: Segment[];
  snippet: Segment[];
  tagSlugs: string[];
  score: number;
}

export interface ResultGroup {
  kind: Hit["kind"];
  title: string;
  url: string;
  items: ResultItem[];
  /** Further matching passages of this article not shown. */
  more: number;
}

export interface Results {
  total: number;
  groups: ResultGroup[];
  facets: { tags: Map<string, number>; stages: Map<string, number> };
}

function count(map: Map<string, number>, keys: string[]) {
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
}

export function runSearch(index: Index, query: string, filters: { tag?: string; stage?: string }): Results {
  if (!query) return { total: 0, groups: [], facets: { tags: new Map(), stages: new Map() } };
  // One search; filters and facets are applied to its hits. Facets count the matches under the
  // *other* filter, so each count says what a click on it yields.
  const all = searchIndex(index, query);
  const hasTag = (hit: Hit) => !filters.tag || hit.tagSlugs.includes(filters.tag);
  const hasStage = (hit: Hit) => !filters.stage || hit.stageSlugs.includes(filters.stage);
  const tags = new Map<string, number>();
  const stages = new Map<string, number>();
  for (const hit of all) {
    if (hasStage(hit)) count(tags, hit.tagSlugs);
    if (hasTag(hit)) count(stages, hit.stageSlugs);
  }
  const hits = all.filter((hit) => hasTag(hit) && hasStage(hit));
  const groups: ResultGroup[] = [];
  const byArticle = new Map<string, ResultGroup>();
  for (const hit of hits) {
    const item: ResultItem = {
      url: hit.url,
      heading: hit.heading,
      headingSegments: highlight(hit.heading, hit.terms),
      snippet: snippet(hit.body, hit.terms),
      tagSlugs: hit.tagSlugs,
      score: hit.score,
    };
    if (hit.kind !== "passage") {
      groups.push({ kind: hit.kind, title: hit.title, url: hit.url, items: [item], more: 0 });
      continue;
    }
    let group = byArticle.get(hit.articleSlug);
    if (!group) {
      group = { kind: "passage", title: hit.title, url: `/articles/${hit.articleSlug}`, items: [], more: 0 };
      byArticle.set(hit.articleSlug, group);
      groups.push(group);
    }
    if (group.items.length < PASSAGES_PER_ARTICLE) group.items.push(item);
    else group.more++;
  }
  return { total: hits.length, groups, facets: { tags, stages } };
}
