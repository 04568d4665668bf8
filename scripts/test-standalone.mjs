// `npm run test:standalone`: a smoke test of the artefact the Dockerfile ships. Builds the standalone
// server if needed, copies it into a temporary folder as the Dockerfile's last stage does (no content/,
// no node_modules beyond what Next traced), starts it there, and asks it for pages and searches.
// Ends with one line "N passed, N failed" and exits non-zero on any failure.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CONTENT_SNAPSHOT_FILES } from "../lib/serving/content-snapshot-files.mjs";
import { ensureBuild, ensureDependencies, root } from "./lib/prepare.mjs";
import { freePort, waitForServer } from "./lib/server.mjs";
import { assembleStandalone } from "./lib/standalone.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
ensureBuild({ standalone: true });

const copy = mkdtempSync(path.join(os.tmpdir(), "second-chance-standalone-"));
const server = assembleStandalone(copy);
// The server must not need the markdown: whatever the tracer copied, there is no content/ to read.
rmSync(path.join(copy, "content"), { recursive: true, force: true });
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// Node leaves out a variable whose value is undefined, so the server cannot be pointed at other content.
const env = { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", CONTENT_DIR: undefined };
const child = spawn(process.execPath, [server], { cwd: copy, env, stdio: ["ignore", "inherit", "inherit"] });

/** @param {string} pathname */
async function get(pathname) {
  const response = await fetch(base + pathname, { redirect: "manual" });
  if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
  return response;
}

/** @param {boolean} holds @param {string} message */
function assert(holds, message) {
  if (!holds) throw new Error(message);
}

const checks = {
  "the artefact holds none of the devDependencies": async () => {
    const { devDependencies } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
    const shipped = Object.keys(devDependencies).filter((name) => existsSync(path.join(copy, "node_modules", name)));
    assert(shipped.length === 0, `it ships ${shipped.join(", ")}`);
  },
  "the build's content snapshot ships with it (pages rendered on request are made from it)": async () => {
    const missing = CONTENT_SNAPSHOT_FILES.filter((file) => !existsSync(path.join(copy, ".next", file)));
    assert(missing.length === 0, `missing ${missing.join(", ")}`);
  },
  "an article from the sitemap is served with its text": async () => {
    const sitemap = await (await get("/sitemap.xml")).text();
    const article = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname).find((p) => /^\/articles\/[a-z0-9-]+$/.test(p));
    assert(article !== undefined, "the sitemap lists no article");
    const html = await (await get(/** @type {string} */ (article))).text();
    assert(/<article[\s>]/.test(html) && /<h1[\s>]/.test(html), `${article} has no article heading`);
  },
  "/search?q=apology finds passages and marks the word": async () => {
    const html = await (await get("/search?q=apology")).text();
    assert(/<mark>[^<]*apolog/i.test(html), "no highlighted result for apology");
  },
  "/api/search?q=apology answers results as JSON": async () => {
    const body = await (await get("/api/search?q=apology")).json();
    assert(body.total > 0, "no results");
  },
};

let passed = 0;
let failed = 0;
try {
  await waitForServer(base, 30_000);
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      passed++;
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name}: ${error instanceof Error ? error.message : error}`);
    }
  }
} catch (error) {
  failed++;
  console.log(`  ✗ the standalone server started: ${error instanceof Error ? error.message : error}`);
} finally {
  child.kill();
  rmSync(copy, { recursive: true, force: true });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
