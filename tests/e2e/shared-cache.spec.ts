import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { routes } from "@/lib/routes";
import { isOneByte } from "@/lib/serving/one-byte-html.mjs";
import { copyApp } from "../../scripts/lib/app-copy.mjs";
import { redisCommand, startRedis } from "../../scripts/lib/redis.mjs";
import { freePort, waitForServer } from "../../scripts/lib/server.mjs";
import { articles } from "./site";

// Pages rendered on request (lib/dynamic-routes.ts) and the cache that keeps them
// (lib/serving/cache-handler.mjs), against a build of its own that prerenders only the newest article:
// two `next start` instances share what either renders through Redis, an instance without Redis keeps
// it in the build folder, and made-up URLs fill neither. Runs after the other browser tests
// (playwright.config.ts), and stops only the processes it started.

const root = path.join(__dirname, "..", "..");
const next = path.join(root, "node_modules", ".bin", "next");
/** Oldest first: every article but the newest is rendered on request in this build. */
const onDemand = [...articles].reverse().slice(0, -1);
const started: ChildProcess[] = [];
let redis: Awaited<ReturnType<typeof startRedis>>;
let app: string;

async function startInstance(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(next, ["start", "-p", String(port)], { cwd: app, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "ignore" });
  started.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/`, 60_000);
  return base;
}

/** Every file under the copy's build folder, but Next's own build cache. */
function buildFiles(): Set<string> {
  return new Set(readdirSync(path.join(app, ".next"), { recursive: true, encoding: "utf8" }).filter((file) => !file.startsWith("cache")));
}

/** URLs that look like pages but name none: unknown slugs, page numbers past the last, their images. */
function madeUpUrls(count: number): string[] {
  const run = Date.now().toString(36);
  return Array.from({ length: count }, (_, i) => {
    switch (i % 4) {
      case 0:
        return routes.article(`no-such-article-${run}-${i}`);
      case 1:
        return `${routes.article(`no-such-article-${run}-${i}`)}/opengraph-image`;
      case 2:
        return routes.articlesPage(1000 + i);
      default:
        return routes.tag("apology", 1000 + i);
    }
  });
}

const dbSize = async () => Number((await redisCommand(redis.port, "DBSIZE")).replace(/^:/, ""));

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  expect(onDemand.length, "the content has an article the build leaves to its first request").toBeGreaterThan(1);
  redis = await startRedis();
  app = copyApp(root, "shared-cache-test");
  const build = spawnSync(next, ["build"], { cwd: app, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PRERENDER_ARTICLES: "1", CONTENT_DIR: path.join(root, "content") }, encoding: "utf8" });
  expect(build.status, `next build of the copy failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
});

test.afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill();
  redis?.stop();
  if (app) rmSync(app, { recursive: true, force: true });
});

test("with REDIS_URL, a page one instance renders on its first request is served from the cache by another", async () => {
  const [first, second] = [await startInstance({ REDIS_URL: redis.url }), await startInstance({ REDIS_URL: redis.url })];
  const before = buildFiles();
  const keysBefore = await dbSize();
  const url = routes.article(onDemand[0]!.slug);

  const rendered = await fetch(first + url);
  expect(rendered.status).toBe(200);
  expect(rendered.headers.get("x-nextjs-cache")).toBe("MISS");
  expect(await rendered.text()).toContain('id="article-title"');
  const again = await fetch(first + url);
  expect(again.headers.get("x-nextjs-cache")).toBe("HIT");

  // The other instance has never rendered it, and nothing was written to the shared build folder.
  const fromOther = await fetch(second + url);
  expect(fromOther.status).toBe(200);
  expect(fromOther.headers.get("x-nextjs-cache")).toBe("HIT");
  const html = await fromOther.text();
  expect(html).toBe(await again.text());
  expect(isOneByte(html), "a cached page is stored one byte per character").toBe(true);
  expect(await dbSize()).toBeGreaterThan(keysBefore);
  expect([...buildFiles()].filter((file) => !before.has(file))).toEqual([]);

  // A later page of a listing and an article's preview image are shared the same way.
  const image = `${url}/opengraph-image`;
  expect((await fetch(first + image)).status).toBe(200);
  const imageFromOther = await fetch(second + image);
  expect(imageFromOther.headers.get("x-nextjs-cache")).toBe("HIT");
  expect(imageFromOther.headers.get("content-type")).toBe("image/png");
});

test("a flood of made-up URLs is answered 404 and writes nothing: no Redis key, no file", async () => {
  test.setTimeout(180_000);
  const base = await startInstance({ REDIS_URL: redis.url });
  const before = buildFiles();
  const keysBefore = await dbSize();
  const urls = madeUpUrls(200);
  for (let i = 0; i < urls.length; i += 10) {
    const responses = await Promise.all(urls.slice(i, i + 10).map((url) => fetch(base + url)));
    for (const response of responses) expect(response.status, response.url).toBe(404);
  }
  // Asked again, a made-up URL is still rendered as a 404, not served from a cache.
  expect((await fetch(base + urls[0]!)).headers.get("x-nextjs-cache")).not.toBe("HIT");
  expect(await dbSize()).toBe(keysBefore);
  expect([...buildFiles()].filter((file) => !before.has(file))).toEqual([]);
});

test("without Redis, a page rendered on request is kept in the build folder, and made-up URLs write nothing there", async () => {
  test.setTimeout(180_000);
  const base = await startInstance({ REDIS_URL: "" });
  const before = buildFiles();
  const url = routes.article(onDemand[1]!.slug);
  expect((await fetch(base + url)).headers.get("x-nextjs-cache")).toBe("MISS");
  const cached = await fetch(base + url);
  expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
  expect(isOneByte(await cached.text())).toBe(true);
  const written = [...buildFiles()].filter((file) => !before.has(file));
  expect(written.some((file) => file.endsWith(`${onDemand[1]!.slug}.html`)), written.join("\n")).toBe(true);

  const afterPage = buildFiles();
  for (const made of madeUpUrls(40)) expect((await fetch(base + made)).status, made).toBe(404);
  expect([...buildFiles()].filter((file) => !afterPage.has(file))).toEqual([]);
});
