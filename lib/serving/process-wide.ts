/**
 * A value made once per process and shared by every copy of the module that asks for it. Next bundles pages, route
 * handlers and the proxy as separate module graphs, each with its own copy of a module they share, so a module-level
 * cache holds its value once per graph: the content snapshot twice in the build's page worker (for the pages, and again
 * for the route handlers), the search index twice in a server answering both /search and /api/search.
 */
const STORE = Symbol.for("second-chance.process-wide");

type Store = Map<string, unknown>;

export function processWide<T>(name: string, make: () => T): T {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store };
  const store = (holder[STORE] ??= new Map());
  if (!store.has(name)) store.set(name, make());
  return store.get(name) as T;
}

/**
 * In built code, one value per process for this build (named with the build's ETag). The development server has no
 * build ETag and gets a fresh `make()`, which the caller keeps per bundle, so an edit to the code reloads what it made.
 */
export function perBuild<T>(name: string, make: () => T): T {
  const build = process.env.SITE_BUILD_ETAG;
  return build ? processWide(`${name}:${build}`, make) : make();
}
