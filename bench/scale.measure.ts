/**
 * Run by bench/run.mjs through vitest (which compiles the TypeScript): loads each synthetic content
 * folder, builds the search index, and times queries. Writes its figures to BENCH_SCALE_OUT.
 */
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { test } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { buildSiteSearch } from "@/lib/search";
import { runSearch } from "@/lib/search/results";

const QUERIES = ["should I text them", "how long no contact", "apologize", "she cheated", "appologise", "red flags", "give them space", "answer their questions", "move on", "trust again", "vulnerable", "guilt"];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

test("scale", { timeout: 600_000 }, () => {
  const dirs = (process.env.BENCH_SCALE_DIRS ?? "").split(",").filter(Boolean);
  const figures = dirs.map((dir) => {
    const t0 = performance.now();
    const content = loadContentFrom(dir);
    const t1 = performance.now();
    const search = buildSiteSearch(content);
    const t2 = performance.now();
    const json = JSON.stringify(search.index);
    const times: number[] = [];
    for (const q of QUERIES) runSearch(search.index, q, {}); // warm-up
    for (let round = 0; round < 20; round++) {
      for (const q of QUERIES) {
        const start = performance.now();
        runSearch(search.index, q, round % 4 === 0 ? { tag: "no-contact" } : {});
        times.push(performance.now() - start);
      }
    }
    times.sort((a, b) => a - b);
    return {
      articles: content.articles.length,
      passages: content.articles.reduce((n, a) => n + a.passages.length, 0),
      contentMs: Math.round(t1 - t0),
      indexMs: Math.round(t2 - t1),
      indexBytes: Buffer.byteLength(json),
      indexGzipBytes: gzipSync(json).length,
      queryP50Ms: +percentile(times, 50).toFixed(3),
      queryP99Ms: +percentile(times, 99).toFixed(3),
      queries: times.length,
      heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    };
  });
  writeFileSync(process.env.BENCH_SCALE_OUT!, JSON.stringify(figures, null, 2));
});
