// Load runs with autocannon: one URL, or /search with a mix of queries (bench/queries.json) so the
// results cache sees a realistic spread of repeated and new queries rather than one query served
// from memory.
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { rssSampler } from "./processes.mjs";

export const CONNECTIONS = 50;

const { queries } = JSON.parse(readFileSync(new URL("./queries.json", import.meta.url), "utf8"));

/**
 * Paths for the search load run: every query of the set, on page 1 and 2, with and without a topic
 * filter, in a fixed shuffled order (cycled by the connections).
 */
export function searchMix() {
  /** @type {string[]} */
  const paths = [];
  for (const q of /** @type {string[]} */ (queries)) {
    const query = encodeURIComponent(q).replace(/%20/g, "+");
    paths.push(`/search?q=${query}`, `/search?q=${query}&page=2`, `/search?q=${query}&tag=no-contact`, `/api/search?q=${query}`);
  }
  // A fixed permutation (not random), so every run asks the same things in the same order.
  return paths
    .map((p, i) => ({ order: ((i * 7919) % paths.length) + i / 1e6, p }))
    .sort((a, b) => a.order - b.order)
    .map(({ p }) => p);
}

/**
 * Throughput, latency and errors for `paths` on the server (one path or a mix), with its peak RSS.
 * @param {import("./processes.mjs").Server} server
 * @param {string | string[]} paths
 * @param {number} seconds
 */
export async function loadRun(server, paths, seconds) {
  const list = Array.isArray(paths) ? paths : [paths];
  const sampler = rssSampler(/** @type {number} */ (server.child.pid));
  // Each connection walks the list of requests in order, over and over.
  const result = await autocannon({ url: server.base, connections: CONNECTIONS, duration: seconds, requests: list.map((path) => ({ path })) });
  const rssMB = sampler.stop();
  return {
    rps: Math.round(result.requests.average),
    // Pages differ in size, so bytes moved per second says how much of a gap is just bigger responses.
    mbPerSecond: +(result.throughput.average / 1e6).toFixed(1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssMB: Math.round(rssMB),
  };
}
