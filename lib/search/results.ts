/**
 * One query as a results page shows it: groups (one per article, a few passages each, so one article cannot flood the
 * page), snippets, facet counts and the help it needs. Work beyond scoring is bounded by the page: only its groups are
 * selected (top-k, no full sort), and only their passages get snippets.
 */
import { routes } from "../routes";
import { STAGE_SLUGS, TAG_SLUGS, type StageSlug, type TagSlug } from "../taxonomy";
import { indexTerm, tokenize } from "../text";
import { expand, hasTerm, topK, type Expansion } from "./core";
import { MAX_RESULTS_PAGE } from "./limits";
import { planQuery } from "./plan";
import { isMarker, type Need } from "./safety";
import type { Filters, SiteIndex, StoredDoc } from "./site-index";
import { highlight, snippet, type Segment } from "./snippet";

export const PASSAGES_PER_ARTICLE = 3;
/** Groups (articles, topics, stages) per results page. */
export const GROUPS_PER_PAGE = 10;

interface ResultItem {
  url: string;
  heading: string;
  /** The heading with matched words marked (a heading-only match would otherwise show no mark). */
  headingSegments: Segment[];
  /** None for a passage that advises contact: a cut could lose its conditions, so the contact gate's line stands instead. */
  snippet: Segment[] | null;
  /** Questions the passage answers that share a word with the query (at most two). */
  answers: string[];
  tagSlugs: TagSlug[];
}

export interface ResultGroup {
  kind: StoredDoc["kind"];
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
  /** Matches per tag (under the stage filter) and per stage (under the tag filter): what a click yields. */
  facets: { tags: Partial<Record<TagSlug, number>>; stages: Partial<Record<StageSlug, number>> };
  safety: Need[];
  /** Help lines the query names (ids in the help data), shown first in its help. */
  lines: string[];
  /** "Did you mean": the query as the search read its misspelt words (never beside help). */
  suggestion?: string;
}

/** The page a document is shown on (a passage deep-links to its heading). */
export function docUrl(doc: Pick<StoredDoc, "kind" | "slug" | "anchor">): string {
  if (doc.kind === "tag") return routes.tag(doc.slug);
  if (doc.kind === "stage") return routes.stage(doc.slug);
  return routes.article(doc.slug, doc.anchor || undefined);
}

/** Per-value counts from counts per bit pattern (pattern p counts once for every bit set in p). */
function spread<T extends string>(patterns: Uint32Array, vocabulary: readonly T[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {};
  vocabulary.forEach((value, bit) => {
    let n = 0;
    for (let pattern = 0; pattern < patterns.length; pattern++) if (pattern & (1 << bit)) n += patterns[pattern]!;
    if (n) counts[value] = n;
  });
  return counts;
}

/** The bit of a filter value (0 for no filter, so every document passes). */
const filterBits = <T extends string>(value: T | undefined, vocabulary: readonly T[]) => (value ? 1 << vocabulary.indexOf(value) : 0);

/** The index terms among `expansions` that `doc` contains (safety markers are not words to mark). */
function matchedTerms(index: SiteIndex, expansions: readonly Expansion[], doc: number): string[] {
  const terms = new Set<string>();
  for (const { termIndex } of expansions) {
    const term = index.bm25.terms[termIndex]!;
    if (!isMarker(term) && hasTerm(index.bm25, termIndex, doc)) terms.add(term);
  }
  return [...terms];
}

/** So the reader sees the passage answers their question. */
const answersTo = (questions: readonly string[], terms: readonly string[]) =>
  questions.filter((question) => tokenize(question).some((word) => terms.includes(indexTerm(word) ?? ""))).slice(0, 2);

export function runSearch(index: SiteIndex, query: string, filters: Filters, page = 1): Results {
  if (!query) return { total: 0, groups: [], page: 1, pageCount: 0, facets: { tags: {}, stages: {} }, safety: [], lines: [] };
  const plan = planQuery(index, query);
  const expansions = expand(index.bm25, plan.specs);
  const { docs, count, scores } = index.scorer.score(expansions);

  // One pass over the matches: facets (each under the *other* filter), the matches that pass both filters, and each
  // group's best match (ties to the lower document, as in the ranking).
  const tagMask = filterBits(filters.tag, TAG_SLUGS);
  const stageMask = filterBits(filters.stage, STAGE_SLUGS);
  const { tagBits, stageBits, group } = index;
  const best = new Int32Array(index.groupCount).fill(-1);
  const kept = new Uint32Array(count);
  const leaders = new Uint32Array(index.groupCount);
  // Facets count per combination of topics (resp. stages), spread over single topics at the end: two increments per
  // match instead of a loop over the vocabulary.
  const tagPatterns = new Uint32Array(1 << TAG_SLUGS.length);
  const stagePatterns = new Uint32Array(1 << STAGE_SLUGS.length);
  let keptCount = 0;
  let leaderCount = 0;
  for (let i = 0; i < count; i++) {
    const doc = docs[i]!;
    const tags = tagBits[doc]!;
    const stages = stageBits[doc]!;
    const tagOk = (tags & tagMask) === tagMask;
    const stageOk = (stages & stageMask) === stageMask;
    if (stageOk) tagPatterns[tags]!++;
    if (tagOk) stagePatterns[stages]!++;
    if (!tagOk || !stageOk) continue;
    kept[keptCount++] = doc;
    const g = group[doc]!;
    const current = best[g]!;
    if (current < 0) leaders[leaderCount++] = g;
    if (current < 0 || scores[doc]! > scores[current]! || (scores[doc] === scores[current] && doc < current)) best[g] = doc;
  }
  const leaderDocs = leaders.subarray(0, leaderCount);
  for (let i = 0; i < leaderCount; i++) leaderDocs[i] = best[leaders[i]!]!;
  const facets: Results["facets"] = { tags: spread(tagPatterns, TAG_SLUGS), stages: spread(stagePatterns, STAGE_SLUGS) };

  // Deep pages cost more to select, and nobody reads them.
  const pageCount = Math.min(MAX_RESULTS_PAGE, Math.max(1, Math.ceil(leaderCount / GROUPS_PER_PAGE)));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  // Groups rank by their best match; select only as many as this page needs, and the one after it.
  const selected = topK(leaderDocs, leaderCount, current * GROUPS_PER_PAGE + 1, (doc) => scores[doc]!);
  const shown = selected.slice((current - 1) * GROUPS_PER_PAGE, current * GROUPS_PER_PAGE);
  const nextLeader = selected[current * GROUPS_PER_PAGE];
  const slotOf = new Map(shown.map((doc, slot) => [group[doc]!, slot]));
  const members: number[][] = shown.map(() => []);
  for (let i = 0; i < keptCount; i++) {
    const slot = slotOf.get(group[kept[i]!]!);
    if (slot !== undefined) members[slot]!.push(kept[i]!);
  }

  const groups = shown.map((leader, slot): ResultGroup => {
    const ranked = members[slot]!.sort((a, b) => scores[b]! - scores[a]! || a - b);
    // A further passage shows only when it outranks the next group's best, so one article cannot fill the first
    // places while another holds a better answer; the rest are counted.
    const next = slot + 1 < shown.length ? shown[slot + 1] : nextLeader;
    const bar = next === undefined ? -Infinity : scores[next]!;
    let strong = 1;
    while (strong < Math.min(ranked.length, PASSAGES_PER_ARTICLE) && scores[ranked[strong]!]! > bar) strong++;
    const first = index.docs[leader]!;
    return {
      kind: first.kind,
      title: first.title,
      url: docUrl({ ...first, anchor: "" }),
      items: ranked.slice(0, strong).map((doc) => {
        const stored = index.docs[doc]!;
        const terms = matchedTerms(index, expansions, doc);
        return {
          url: docUrl(stored),
          heading: stored.heading,
          headingSegments: highlight(stored.heading, terms),
          snippet: stored.advisesContact ? null : snippet(index.body(doc), terms),
          answers: answersTo(stored.questions, terms),
          tagSlugs: stored.tagSlugs,
        };
      }),
      more: ranked.length - strong,
    };
  });
  return { total: keptCount, groups, page: current, pageCount, facets, safety: plan.safety, lines: plan.lines, ...(plan.suggestion ? { suggestion: plan.suggestion } : {}) };
}
