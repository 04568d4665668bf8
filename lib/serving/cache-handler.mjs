// Next's cache handler (next.config.ts `cacheHandler`). Plain JavaScript: Next loads it with a bare import().
// - Prerendered pages are read from the build folder, as Next's own handler does.
// - Pages rendered on request live in this process's memory (bounded, LRU) and, for the build's other instances, in
//   Redis (REDIS_URL) or else on disk in the build folder. A new build has a new folder and Redis prefix.
// - Searches stay in memory only: one per distinct search must not grow a disk or a shared store without bound.
// - Only successful pages are kept, stored one byte per character (one-byte-html.mjs): made-up URLs write nothing.
import v8 from "node:v8";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import nextFileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { toOneByteHtml } from "./one-byte-html.mjs";

/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerContext} Context */
/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} Entry */
/** @typedef {import("next/dist/server/response-cache").IncrementalCacheValue} Value */
/** @typedef {{ get: (key: string) => Promise<Buffer | null>, set: (key: string, value: Buffer) => Promise<void> }} SharedStore */

const FileSystemCache = /** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */ (
  /** @type {any} */ (nextFileSystemCache).default ?? nextFileSystemCache
);

/** Long enough to outlive any build, short enough that old builds' pages go. */
const SHARED_TTL_SECONDS = 30 * 24 * 3600;
/** A Redis answer slower than this counts as a miss: rendering again is better than waiting. */
const SHARED_TIMEOUT_MS = 500;

/** Whether a cache key (`/route-cache/<kind>/<route hash>/$<pathname>`) is a page of search results. */
export function isSearchKey(/** @type {string} */ key) {
  return key.includes("/$/search/results/");
}

/** Whether a rendered value may be kept: pages and images that rendered, not a 404 or an error. */
export function isStorable(/** @type {Value | null} */ value) {
  if (!value) return false;
  const status = "status" in value ? value.status : undefined;
  return status === undefined || status < 400;
}

/** Roughly the bytes a cached value holds, as Next's own memory cache counts them. */
function sizeOf(/** @type {Value | null} */ value) {
  if (!value) return 25;
  if (value.kind === "APP_PAGE") {
    let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
    for (const [segment, bytes] of value.segmentData ?? []) size += segment.length + bytes.length;
    return size;
  }
  if (value.kind === "APP_ROUTE") return value.body.length;
  return JSON.stringify(value).length;
}

/** @param {number} maxBytes @returns {LRUCache<string, Entry>} */
export function memoryCache(maxBytes) {
  return new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => key.length + sizeOf(entry.value) });
}

/**
 * Redis, shared by every instance of the build, through Redis's own client (typed, reconnects by itself). Commands
 * fail at once while disconnected (no queue) and every failure is a miss: without Redis an instance still serves.
 * @param {string} url @param {string} prefix @returns {SharedStore}
 */
function redisStore(url, prefix) {
  /** @type {Promise<any> | undefined} */
  let connecting;
  let warnedAt = 0;
  const warn = (/** @type {unknown} */ error) => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    console.warn(`cache handler: Redis at ${new URL(url).host} unavailable, rendering without it (${error instanceof Error ? error.message : error})`);
  };
  const client = () =>
    (connecting ??= import("redis").then(({ createClient, RESP_TYPES }) => {
      const redis = createClient({
        url,
        disableOfflineQueue: true,
        socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
      }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
      redis.on("error", warn);
      return redis.connect();
    }));
  /** @template T @param {(redis: any) => Promise<T>} command @returns {Promise<T | null>} */
  const attempt = async (command) => {
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    try {
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${SHARED_TIMEOUT_MS} ms`)), SHARED_TIMEOUT_MS)));
      return /** @type {T} */ (await Promise.race([client().then(command), timeout]));
    } catch (error) {
      warn(error);
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    get: (key) => attempt((redis) => redis.get(prefix + key)),
    set: async (key, value) => {
      await attempt((redis) => redis.set(prefix + key, value, { expiration: { type: "EX", value: SHARED_TTL_SECONDS } }));
    },
  };
}

/** Shared by every handler Next creates (one per request) in this process. */
const state = {
  /** @type {LRUCache<string, Entry> | undefined} */ memory: undefined,
  /** @type {InstanceType<typeof FileSystemCache> | undefined} */ disk: undefined,
  /** @type {SharedStore | undefined} */ shared: undefined,
};

/** @param {Context} ctx */
function init(ctx) {
  if (state.memory) return;
  state.memory = memoryCache(ctx.maxMemoryCacheSize || 50 * 1024 * 1024);
  // Next's own handler, for the build's files and, with no Redis, pages rendered here; its memory cache is off.
  const { fs, serverDistDir } = ctx;
  if (fs && serverDistDir) state.disk = new FileSystemCache({ ...ctx, fs, serverDistDir, maxMemoryCacheSize: 0, flushToDisk: true });
  const url = process.env.REDIS_URL;
  // During `next build` pages are only prerendered into the build folder; Redis is for servers.
  if (url && process.env.NEXT_PHASE !== "phase-production-build" && serverDistDir) {
    const buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    state.shared = redisStore(url, `second-chance:${buildId}:`);
  }
}

export default class CacheHandler {
  /** @param {Context} ctx */
  constructor(ctx) {
    init(ctx);
  }

  /** @param {string} key @param {any} ctx @returns {Promise<Entry | null>} */
  async get(key, ctx) {
    const memory = /** @type {LRUCache<string, Entry>} */ (state.memory);
    const inMemory = memory.get(key);
    if (inMemory) return inMemory;
    if (isSearchKey(key)) return null;
    const onDisk = await state.disk?.get(key, ctx);
    if (onDisk?.value) {
      memory.set(key, onDisk);
      return onDisk;
    }
    const bytes = await state.shared?.get(key);
    if (!bytes) return null;
    const shared = /** @type {Entry} */ (v8.deserialize(bytes));
    memory.set(key, shared);
    return shared;
  }

  /** @param {string} key @param {Value | null} data @param {any} ctx */
  async set(key, data, ctx) {
    if (!data || !isStorable(data)) return;
    const value = data.kind === "APP_PAGE" && typeof data.html === "string" ? { ...data, html: toOneByteHtml(data.html) } : data;
    /** @type {Entry} */
    const entry = { value, lastModified: Date.now(), cacheControl: ctx.cacheControl };
    /** @type {LRUCache<string, Entry>} */ (state.memory).set(key, entry);
    if (isSearchKey(key) || value.kind === "FETCH") return;
    if (state.shared) await state.shared.set(key, v8.serialize(entry));
    else await state.disk?.set(key, value, ctx);
  }

  /** Nothing here revalidates by tag (only a new build changes a page); Next's handler keeps the record. */
  async revalidateTag(/** @type {string | string[]} */ tags, /** @type {{ expire?: number }} */ durations) {
    await state.disk?.revalidateTag(tags, durations);
  }

  resetRequestCache() {}
}
