/**
 * How well search answers a reader in their own words: for each query of bench/relevance-queries.json
 * (and bench/relevance-situations.json, when there is one), is a passage that answers it among the
 * first three passages the results page shows (hit@3 by passage), and is its article or page among
 * the first three result groups (hit@3 by article)? Printed per set, per kind of query and overall,
 * then every miss and what came first instead, but only for the sets ranking is tuned on (the tuning set
 * and the development sets): the held-out sets ("held-out", "new held-out", "situations held-out") show
 * figures only, never their misses, here or in the JSON, so nobody tunes on them by reading them.
 * bench/relevance-dev-situations.json (situations development) is such a development set, printed as a
 * set of its own. Then the safety help: for each set of
 * bench/safety-judge.ts and each need, how often the results page shows help, the right help, and
 * help with a "Did you mean" beside it (never wanted).
 *
 *   npm run bench:relevance              # the table and the tuned-on sets' misses
 *   npm run bench:relevance -- out.json  # also the figures as JSON
 *
 * It builds the index from the content folder in process, as the build does; nothing is served.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content";
import { buildSiteSearch } from "../lib/search/build-index";
import { hasTerm, indexOf } from "../lib/search/core";
import type { SiteIndex } from "../lib/search/site-index";
import { docUrl, runSearch } from "../lib/search/results";
import { markerOf } from "../lib/search/safety";
import relevance from "./relevance-queries.json";
import { KEPT_UNREAD, type Need, printSafetyRows, SAFETY_CASES, type SafetyCase, safetyRows } from "./safety-judge";

export interface RelevanceQuery {
  q: string;
  kind: string;
  /**
   * "tuning" and "situations development": ranking is improved against them; the held-out sets were
   * written afterwards and are never tuned against.
   */
  set: string;
  want: string[];
  /** The few that need help name it (safety-judge.ts); every other one is ordinary, so a help box on it is a false alarm. */
  need?: Need;
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

/** A set of its own file, when there is one: situations described in a reader's words. */
const setFile = (name: string): RelevanceQuery[] => {
  const file = path.join(import.meta.dirname, name);
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, "utf8")) as { queries: RelevanceQuery[] } | RelevanceQuery[];
  return Array.isArray(data) ? data : data.queries;
};

export const QUERIES: RelevanceQuery[] = [
  ...(relevance.queries as RelevanceQuery[]),
  ...setFile("relevance-situations.json"),
  ...setFile("relevance-dev-situations.json"),
];

/**
 * Whether ranking is tuned on a set, so its misses may be read. Only the tuning set and development
 * sets: a set not named so (any held-out set, or a new one) stays unread by default.
 */
export const tunedOn = (set: string) => set === "tuning" || set.endsWith("development");

/** What the results page shows a reader for `q`: the needs of its help box, and whether it offers "Did you mean". */
export const searchShows = (index: SiteIndex) => (q: string) => {
  const results = runSearch(index, q, {}, 1);
  return { needs: results.safety, suggestion: Boolean(results.suggestion) };
};

/** Whether the first result for `q` speaks to one of the needs its help box shows (it carries that need's marker). */
export function firstSpeaksToIt(index: SiteIndex, q: string): boolean {
  const results = runSearch(index, q, {}, 1);
  const first = index.docs.findIndex((doc) => docUrl(doc) === results.groups[0]?.items[0]?.url);
  return first >= 0 && results.safety.some((need) => {
    const term = indexOf(index.bm25.terms, markerOf(need));
    return term >= 0 && hasTerm(index.bm25, term, first);
  });
}

const percent = (hits: number, total: number) => `${((100 * hits) / Math.max(1, total)).toFixed(1)} %`;

function main(out?: string) {
  const index = buildSiteSearch(loadContent());
  const outcomes = QUERIES.map((query) => judge(index, query));
  const row = (label: string, these: Outcome[]) => ({
    label,
    queries: these.length,
    byPassage: these.filter((o) => o.byPassage).length,
    byArticle: these.filter((o) => o.byArticle).length,
  });
  const rows = [
    ...[...new Set(QUERIES.map((q) => q.set))].map((set) => row(`${set} set`, outcomes.filter((o) => o.query.set === set))),
    ...[...new Set(QUERIES.map((q) => q.kind))].map((kind) => row(kind, outcomes.filter((o) => o.query.kind === kind))),
    row("all", outcomes),
  ];
  console.log("| queries | n | hit@3 by passage | hit@3 by article |");
  console.log("| --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.label} | ${r.queries} | ${percent(r.byPassage, r.queries)} | ${percent(r.byArticle, r.queries)} |`);
  // Held-out misses are never printed nor written: reading them is tuning on them.
  const misses = outcomes.filter((o) => !o.byPassage && tunedOn(o.query.set));
  if (misses.length) {
    console.log(`\nMissed by passage in the tuned-on sets (${misses.length}): the first three shown instead`);
    const short = (url: string) => url.replace(/^\/articles\//, "");
    for (const o of misses) console.log(`- ${o.query.q} [${o.query.kind}, ${o.query.set}]${o.byArticle ? " (article hit)" : ""}\n    ${o.passages.map(short).join("\n    ") || "(nothing)"}`);
  }
  console.log("\nSafety help through search, by set and need (held-out: the only fair figures; its misses are never printed)\n");
  // The search sets are what readers type about a breakup, written for ranking, never for safety work:
  // read as safety queries they are a false-alarm test no safety step has seen.
  const searchSets = QUERIES.map(({ q, need }): SafetyCase => ({ q, need: need ?? "none", set: "search sets" }));
  const safety = safetyRows(searchShows(index), [...SAFETY_CASES, ...searchSets]);
  printSafetyRows(safety, { misses: ["project phrasings"] });
  for (const set of KEPT_UNREAD) console.log(`\n${set}: ${SAFETY_CASES.filter((c) => c.set === set).length} queries, kept unread for the next change (bench/safety-judge.ts)`);
  const unknown = unknownTargets(index, QUERIES);
  if (unknown.length) console.log(`\nWanted results the site no longer has (update the queries): ${unknown.join(", ")}`);
  if (out) writeFileSync(out, `${JSON.stringify({ rows, misses: misses.map((o) => ({ q: o.query.q, shown: o.passages })), safety: safety.map((row) => ({ ...row, misses: row.misses.length })) }, null, 2)}\n`);
}

// Run as a script (not when a test imports the judging functions).
if (process.argv[1]?.endsWith("relevance.ts")) main(process.argv[2]);
