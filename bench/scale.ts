/**
 * The search engine at scale, in process: for each content folder given, load the content, build the
 * search index, write it as the build does, load it back as the server does, and time a fixed set of
 * queries through the whole results model (scoring, grouping, facets, snippets). Run by bench/run.mjs
 * as `npm run bench:scale -- <out.json> <content dir>…` (tsx compiles the TypeScript); prints one line
 * per folder, writes the figures as JSON, and leaves each folder's index beside it as
 * `<content dir>.search-index.bin` for the server memory measurement. `npm run bench:scale` alone
 * measures 5,000 synthetic articles (the search's goal: p99 within 10 ms) and writes no file.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadContentFrom } from "../lib/content/load";
import { buildSiteSearch } from "../lib/search/build-index";
import type { Filters } from "../lib/search/site-index";
import { deserializeIndex, serializeIndex } from "../lib/search/index-file";
import { runSearch } from "../lib/search/results";
import { queries as QUERIES } from "./queries.json";
import { generateContent } from "./synthetic.mjs";

const FILTERS: Filters[] = [{}, {}, {}, { tag: "no-contact" }, { stage: "reaching-out" }];
const ROUNDS = 25;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => +value.toFixed(3);

export interface ScaleFigures {
  articles: number;
  passages: number;
  /** Search documents: passages, article introductions, topic and stage pages. */
  documents: number;
  contentMs: number;
  indexMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  loadMs: number;
  queries: number;
  queryP50Ms: number;
  queryP99Ms: number;
  queryCpuP50Ms: number;
  queryCpuP99Ms: number;
  heapMB: number;
}

function measure(dir: string): ScaleFigures {
  const t0 = performance.now();
  const content = loadContentFrom(dir);
  const t1 = performance.now();
  const built = buildSiteSearch(content);
  const t2 = performance.now();
  const file = serializeIndex(built);
  const t3 = performance.now();
  writeFileSync(`${dir}.search-index.bin`, file);
  const index = deserializeIndex(file);
  const t4 = performance.now();
  // Warm-up: every query, filter and page once, so the timed rounds measure compiled code.
  QUERIES.forEach((q, i) => FILTERS.forEach((filters, f) => runSearch(index, q, filters, 1 + ((i + f) % 3))));
  const times: number[] = [];
  // CPU time beside wall time: on a shared, busy machine the wall clock also counts waiting for a core.
  const cpuTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    QUERIES.forEach((q, i) => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      runSearch(index, q, FILTERS[(round + i) % FILTERS.length]!, 1 + (round % 3));
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    });
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    articles: content.articles.length,
    passages: content.articles.reduce((n, a) => n + a.passages.length, 0),
    documents: index.docs.length,
    contentMs: Math.round(t1 - t0),
    indexMs: Math.round(t2 - t1 + (t3 - t2)),
    indexBytes: file.length,
    indexGzipBytes: gzipSync(file).length,
    loadMs: Math.round(t4 - t3),
    queries: times.length,
    queryP50Ms: ms(percentile(times, 50)),
    queryP99Ms: ms(percentile(times, 99)),
    queryCpuP50Ms: ms(percentile(cpuTimes, 50)),
    queryCpuP99Ms: ms(percentile(cpuTimes, 99)),
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  };
}

const [out, ...given] = process.argv.slice(2);
if (out && !given.length) {
  console.error("usage: npm run bench:scale [-- <out.json> <content dir>…]");
  process.exit(2);
}
const dirs = out ? given : [generateContent(path.resolve("content"), path.join(os.tmpdir(), "second-chance-scale-5000"), 5000)];
const figures = dirs.map((dir) => {
  const row = measure(dir);
  console.log(`  ${row.articles} articles: ${row.passages} passages, index ${row.indexMs} ms, ${(row.indexBytes / 1e6).toFixed(1)} MB, query p50 ${row.queryP50Ms} ms, p99 ${row.queryP99Ms} ms (CPU ${row.queryCpuP50Ms} / ${row.queryCpuP99Ms} ms)`);
  return row;
});
if (out) writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
