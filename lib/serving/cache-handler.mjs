// Next's cache handler (next.config.ts, `cacheHandler`): where pages rendered on request are kept.
// Plain JavaScript, because Next loads it with a bare import() at run time; tsconfig's checkJs
// type-checks it.
//
// Next asks this module for every page it serves from its cache and hands it every page it renders
// on request: the long tail of articles, later listing pages and their preview images (rendered on
// their first request; lib/dynamic-routes.ts), and search results (lib/serving/results-key.ts).
//
// - A page the build prerendered is read from the build folder, as Next's own handler does.
// - A page rendered on request is kept in this process's memory (bounded, least recently used out),
//   and, for the same build's other instances, in Redis when REDIS_URL is set, otherwise on disk
//   inside the build folder as Next does by default. A new build has a new build folder and a new
//   Redis key prefix, so it never serves a page an older build rendered.
// - Search results stay in memory only: there is one per distinct search, so they must not grow a
//   disk or a shared store without bound.
// - Only successful pages are kept. A 404 (an unknown slug, a page number past the last) or an error
//   is rendered again on each request instead of filling the cache: a flood of made-up URLs writes
//   nothing.
// - Pages are stored one byte per character (one-byte-html.mjs), like the build's own.
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

/** How long Redis keeps a page: long enough to outlive any build, short enough that old builds' pages go. */
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

/** The same value with its HTML one byte per character (what Node writes fastest). */
function oneByte(/** @type {Value} */ value) {
  return value.kind === "APP_PAGE" && typeof value.html === "string" ? { ...value, html: toOneByteHtml(value.html) } : value;
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

/** Pages in this process's memory: at most `maxBytes` of them (as sizeOf counts), least recently used out. */
export function memoryCache(/** @type {number} */ maxBytes) {
  /** @type {LRUCache<string, Entry>} */
  const cache = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => key.length + sizeOf(entry.value) });
  return cache;
}

/**
 * Redis as the store every instance of the build shares. The `redis` package is Redis's own Node
 * client: maintained with the server, typed, and it reconnects by itself. Commands fail at once while
 * the connection is down (no queue), and every failure counts as a miss: without Redis an instance
 * still renders and serves every page, only without its siblings' help.
 * @param {string} url
 * @param {string} prefix
 * @returns {SharedStore}
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
  // Next's own handler, for the files the build wrote and, with no Redis, for pages rendered here.
  // Its memory cache is off: this module's is the one in front of every store.
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

  /**
   * @param {string} key
   * @param {any} ctx
   * @returns {Promise<Entry | null>}
   */
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

  /**
   * @param {string} key
   * @param {Value | null} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (!data || !isStorable(data)) return;
    const value = oneByte(data);
    /** @type {Entry} */
    const entry = { value, lastModified: Date.now(), cacheControl: ctx.cacheControl };
    /** @type {LRUCache<string, Entry>} */ (state.memory).set(key, entry);
    if (isSearchKey(key) || value.kind === "FETCH") return;
    if (state.shared) await state.shared.set(key, v8.serialize(entry));
    else await state.disk?.set(key, value, ctx);
  }

  /** Nothing on this site revalidates by tag (only a new build changes a page); Next's handler keeps the record. */
  async revalidateTag(/** @type {string | string[]} */ tags, /** @type {{ expire?: number }} */ durations) {
    await state.disk?.revalidateTag(tags, durations);
  }

  resetRequestCache() {}
}
