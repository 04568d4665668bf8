/**
 * How well search answers a reader in their own words: for each query of bench/relevance-queries.json,
 * is a passage that answers it among the first three passages the results page shows (hit@3 by
 * passage), and is its article or page among the first three result groups (hit@3 by article)?
 * Printed per kind of query and overall, with every miss and what came first instead.
 *
 *   npm run bench:relevance              # the table and the misses
 *   npm run bench:relevance -- out.json  # also the figures as JSON
 *
 * It builds the index from the content folder in process, as the build does; nothing is served.
 */
import { writeFileSync } from "node:fs";
import { loadContent } from "../lib/content";
import { buildSiteSearch } from "../lib/search/build-index";
import { docUrl, runSearch } from "../lib/search/results";
import type { SiteIndex } from "../lib/search/engine";
import relevance from "./relevance-queries.json";

export interface RelevanceQuery {
  q: string;
  kind: string;
  want: string[];
}

export interface Outcome {
  query: RelevanceQuery;
  /** The first three passages (or topic and stage pages) the results page shows, in order. */
  passages: string[];
  /** The first three result groups: articles, topic and stage pages. */
  groups: string[];
  byPassage: boolean;
  byArticle: boolean;
}

const pageOf = (url: string) => url.split("#")[0]!;

/** What a reader sees first for one query, and whether it answers them. */
export function judge(index: SiteIndex, query: RelevanceQuery): Outcome {
  const { groups } = runSearch(index, query.q, {}, 1);
  const passages = groups.flatMap((group) => group.items.map((item) => item.url)).slice(0, 3);
  const groupUrls = groups.slice(0, 3).map((group) => group.url);
  const wantedPages = new Set(query.want.map(pageOf));
  return {
    query,
    passages,
    groups: groupUrls,
    byPassage: passages.some((url) => query.want.includes(url)),
    byArticle: groupUrls.some((url) => wantedPages.has(url)),
  };
}

/** Wanted results the index does not have (a heading renamed or removed since the query was written). */
export function unknownTargets(index: SiteIndex, queries: readonly RelevanceQuery[]): string[] {
  const known = new Set(index.docs.map((doc) => docUrl(doc)));
  return [...new Set(queries.flatMap((q) => q.want))].filter((url) => !known.has(url));
}

export const QUERIES: RelevanceQuery[] = relevance.queries;

const percent = (hits: number, total: number) => `${((100 * hits) / Math.max(1, total)).toFixed(1)} %`;

function main(out?: string) {
  const index = buildSiteSearch(loadContent());
  const outcomes = QUERIES.map((query) => judge(index, query));
  const kinds = [...new Set(QUERIES.map((q) => q.kind)), "all"];
  const rows = kinds.map((kind) => {
    const these = outcomes.filter((o) => kind === "all" || o.query.kind === kind);
    return {
      kind,
      queries: these.length,
      byPassage: these.filter((o) => o.byPassage).length,
      byArticle: these.filter((o) => o.byArticle).length,
    };
  });
  console.log("| queries | n | hit@3 by passage | hit@3 by article |");
  console.log("| --- | --- | --- | --- |");
  for (const row of rows) console.log(`| ${row.kind} | ${row.queries} | ${percent(row.byPassage, row.queries)} | ${percent(row.byArticle, row.queries)} |`);
  const misses = outcomes.filter((o) => !o.byPassage);
  if (misses.length) {
    console.log(`\nMissed by passage (${misses.length}): the first three shown instead`);
    const short = (url: string) => url.replace(/^\/articles\//, "");
    for (const o of misses) console.log(`- ${o.query.q} [${o.query.kind}]${o.byArticle ? " (article hit)" : ""}\n    ${o.passages.map(short).join("\n    ") || "(nothing)"}`);
  }
  const unknown = unknownTargets(index, QUERIES);
  if (unknown.length) console.log(`\nWanted results the site no longer has (update the queries): ${unknown.join(", ")}`);
  if (out) writeFileSync(out, `${JSON.stringify({ rows, misses: misses.map((o) => ({ q: o.query.q, shown: o.passages })) }, null, 2)}\n`);
}

// Run as a script (not when a test imports the judging functions).
if (process.argv[1]?.endsWith("relevance.ts")) main(process.argv[2]);
