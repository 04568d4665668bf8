/**
 * Turns ranked hits into what a results page shows: groups (one per article, at most a few passages
 * each, so one article cannot flood the page), snippets with the matched words marked, and facet
 * counts for tags and stages.
 */
import { passesFilters, searchIndex, type Filters, type Hit, type Index } from "./engine";
import { highlight, snippet, type Segment } from "./snippet";
import { routes } from "../routes";

export const PASSAGES_PER_ARTICLE = 3;
/** Groups (articles, topics, stages) per results page. */
export const GROUPS_PER_PAGE = 10;

interface ResultItem {
  url: string;
  heading: string;
  /** The heading with matched words marked (a heading-only match would otherwise show no mark). */
  headingSegments: Segment[];
  snippet: Segment[];
  tagSlugs: string[];
  score: number;
}

interface ResultGroup {
  kind: Hit["kind"];
  title: string;
  url: string;
  items: ResultItem[];
  /** Further matching passages of this article not shown. */
  more: number;
}

export interface Results {
  /** Matching passages (and topic/stage pages) across all pages. */
  total: number;
  groups: ResultGroup[];
  page: number;
  pageCount: number;
  facets: { tags: Map<string, number>; stages: Map<string, number> };
}

function count(map: Map<string, number>, keys: string[]) {
  for (const key of keys) map.set(key, (map.get(key) ?? 0) + 1);
}

function toItem(hit: Hit): ResultItem {
  return {
    url: hit.url,
    heading: hit.heading,
    headingSegments: highlight(hit.heading, hit.terms),
    snippet: snippet(hit.body, hit.terms),
    tagSlugs: hit.tagSlugs,
    score: hit.score,
  };
}

interface PendingGroup {
  first: Hit;
  shown: Hit[];
  more: number;
}

/** Groups ranked hits: one group per article (best passages first), one per topic or stage page. */
function groupHits(hits: Hit[]): PendingGroup[] {
  const groups: PendingGroup[] = [];
  const byArticle = new Map<string, PendingGroup>();
  for (const hit of hits) {
    if (hit.kind !== "passage") {
      groups.push({ first: hit, shown: [hit], more: 0 });
      continue;
    }
    let group = byArticle.get(hit.articleSlug);
    if (!group) {
      group = { first: hit, shown: [], more: 0 };
      byArticle.set(hit.articleSlug, group);
      groups.push(group);
    }
    if (group.shown.length < PASSAGES_PER_ARTICLE) group.shown.push(hit);
    else group.more++;
  }
  return groups;
}

export function runSearch(index: Index, query: string, filters: Filters, page = 1): Results {
  if (!query) return { total: 0, groups: [], page: 1, pageCount: 0, facets: { tags: new Map(), stages: new Map() } };
  // One search; filters and facets are applied to its hits. Facets count the matches under the
  // *other* filter, so each count says what a click on it yields.
  const all = searchIndex(index, query);
  const tags = new Map<string, number>();
  const stages = new Map<string, number>();
  for (const hit of all) {
    if (passesFilters(hit, { stage: filters.stage })) count(tags, hit.tagSlugs);
    if (passesFilters(hit, { tag: filters.tag })) count(stages, hit.stageSlugs);
  }
  const hits = all.filter((hit) => passesFilters(hit, filters));
  const pending = groupHits(hits);
  const pageCount = Math.max(1, Math.ceil(pending.length / GROUPS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  // Snippets are the costly part, so only the groups on this page get them.
  const groups = pending.slice((current - 1) * GROUPS_PER_PAGE, current * GROUPS_PER_PAGE).map(({ first, shown, more }) => ({
    kind: first.kind,
    title: first.title,
    url: first.kind === "passage" ? routes.article(first.articleSlug) : first.url,
    items: shown.map(toItem),
    more,
  }));
  return { total: hits.length, groups, page: current, pageCount, facets: { tags, stages } };
}
