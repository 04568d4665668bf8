/**
 * How well search answers a reader in their own words: for each query of bench/relevance-queries.json
 * (and bench/relevance-situations.json, when there is one), is a passage that answers it among the
 * first three passages the results page shows (hit@3 by passage), and is its article or page among
 * the first three result groups (hit@3 by article)? Printed per set, per kind of query and overall,
 * with every miss and what came first instead.
 *
 *   npm run bench:relevance              # the table and the misses
 *   npm run bench:relevance -- out.json  # also the figures as JSON
 *
 * It builds the index from the content folder in process, as the build does; nothing is served.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content";
import type { SafetyKind } from "../lib/safety-terms";
import { buildSiteSearch } from "../lib/search/build-index";
import { hasTerm, indexOf } from "../lib/search/core";
import type { SiteIndex } from "../lib/search/site-index";
import { docUrl, runSearch } from "../lib/search/results";
import { markerOf } from "../lib/search/safety";
import relevance from "./relevance-queries.json";
import safetyQueries from "./relevance-safety.json";

export interface RelevanceQuery {
  q: string;
  kind: string;
  /** "tuning": ranking was improved against it; the held-out sets were written afterwards, never tuned against. */
  set: string;
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

/** Situations described in a reader's words: a held-out set of its own, in its own file. */
const SITUATIONS = path.join(import.meta.dirname, "relevance-situations.json");
const situations = (): RelevanceQuery[] => {
  if (!existsSync(SITUATIONS)) return [];
  const data = JSON.parse(readFileSync(SITUATIONS, "utf8")) as { queries: RelevanceQuery[] } | RelevanceQuery[];
  return Array.isArray(data) ? data : data.queries;
};

export const QUERIES: RelevanceQuery[] = [...relevance.queries, ...situations()];

export interface SafetyQuery {
  q: string;
  kinds: string[];
  own?: boolean;
}

export const SAFETY_QUERIES: SafetyQuery[] = safetyQueries.safety;
export const ORDINARY_QUERIES: string[] = safetyQueries.ordinary;

export interface SafetyOutcome {
  q: string;
  /** Kinds the search found (none: no help shown). */
  found: SafetyKind[];
  ownBehaviour: boolean;
  /** For a query that needs help: the first result is a passage about one of the kinds found. */
  firstSpeaksToIt: boolean;
}

/** Whether document `doc` speaks to `kind` (it carries the kind's marker). */
function speaksTo(index: SiteIndex, doc: number, kind: SafetyKind): boolean {
  const term = indexOf(index.bm25.terms, markerOf(kind));
  return term >= 0 && hasTerm(index.bm25, term, doc);
}

export function judgeSafety(index: SiteIndex, q: string): SafetyOutcome {
  const results = runSearch(index, q, {}, 1);
  const first = results.groups[0]?.items[0]?.url;
  const firstDoc = index.docs.findIndex((doc) => docUrl(doc) === first);
  return {
    q,
    found: results.safety.kinds,
    ownBehaviour: results.safety.ownBehaviour,
    firstSpeaksToIt: firstDoc >= 0 && results.safety.kinds.some((kind) => speaksTo(index, firstDoc, kind)),
  };
}

/** Precision and recall of the safety detector over both lists: a query "needs help" when it shows any. */
export function safetyFigures(index: SiteIndex) {
  const safety = SAFETY_QUERIES.map((query) => ({ query, outcome: judgeSafety(index, query.q) }));
  const ordinary = ORDINARY_QUERIES.map((q) => judgeSafety(index, q));
  const truePositives = safety.filter(({ outcome }) => outcome.found.length > 0).length;
  const falsePositives = ordinary.filter((outcome) => outcome.found.length > 0);
  return {
    precision: truePositives / Math.max(1, truePositives + falsePositives.length),
    recall: truePositives / safety.length,
    missed: safety.filter(({ outcome }) => !outcome.found.length).map(({ query }) => query.q),
    wrongKind: safety.filter(({ query, outcome }) => outcome.found.length && !query.kinds.some((k) => outcome.found.includes(k as SafetyKind))).map(({ query, outcome }) => `${query.q} (${outcome.found.join(", ")})`),
    wrongOwn: safety.filter(({ query, outcome }) => outcome.found.length && Boolean(query.own) !== outcome.ownBehaviour).map(({ query }) => query.q),
    falseAlarms: falsePositives.map((outcome) => `${outcome.q} (${outcome.found.join(", ")})`),
    firstSpeaksToIt: safety.filter(({ outcome }) => outcome.firstSpeaksToIt).length / safety.length,
    counts: { safety: safety.length, ordinary: ordinary.length },
  };
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
  const misses = outcomes.filter((o) => !o.byPassage);
  if (misses.length) {
    console.log(`\nMissed by passage (${misses.length}): the first three shown instead`);
    const short = (url: string) => url.replace(/^\/articles\//, "");
    for (const o of misses) console.log(`- ${o.query.q} [${o.query.kind}, ${o.query.set}]${o.byArticle ? " (article hit)" : ""}\n    ${o.passages.map(short).join("\n    ") || "(nothing)"}`);
  }
  const safety = safetyFigures(index);
  console.log(`\nSafety help (${safety.counts.safety} queries that need it, ${safety.counts.ordinary} that do not): precision ${percent(safety.precision, 1)}, recall ${percent(safety.recall, 1)}; first result about that danger for ${percent(safety.firstSpeaksToIt, 1)}`);
  for (const [label, list] of [["needed help, got none", safety.missed], ["help of another kind", safety.wrongKind], ["own behaviour misread", safety.wrongOwn], ["help shown to an ordinary query", safety.falseAlarms]] as const) {
    if (list.length) console.log(`- ${label}: ${list.join("; ")}`);
  }
  const unknown = unknownTargets(index, QUERIES);
  if (unknown.length) console.log(`\nWanted results the site no longer has (update the queries): ${unknown.join(", ")}`);
  if (out) writeFileSync(out, `${JSON.stringify({ rows, misses: misses.map((o) => ({ q: o.query.q, shown: o.passages })), safety }, null, 2)}\n`);
}

// Run as a script (not when a test imports the judging functions).
if (process.argv[1]?.endsWith("relevance.ts")) main(process.argv[2]);
