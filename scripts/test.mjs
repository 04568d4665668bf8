// `npm test`: install what is missing (Chromium included), build the production site if needed,
// run the unit tests (vitest) and the browser tests (Playwright against `next start`), and end with
// one plain line "N passed, N failed" summing both. Exits non-zero on any failure.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureBuild, ensureDependencies, root, run } from "./lib/prepare.mjs";
import { freePort } from "./lib/server.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (existsSync(chromium)) return chromium;
  if (process.platform === "linux" && process.getuid?.() === 0) {
    console.log("› Installing Debian's Chromium for the browser tests (apt-get)…");
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["update"], { env });
    run("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-liberation"], { env });
    if (existsSync(chromium)) return chromium;
  }
  console.error(
    `\n✗ No Chromium at ${chromium}. The browser tests need one:\n` +
      "    Debian/Ubuntu: sudo apt-get install -y --no-install-recommends chromium fonts-liberation\n" +
      "    elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome\n",
  );
  return undefined;
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const results = path.join(root, "test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

ensureDependencies();
const chromium = ensureChromium();
ensureBuild();

const bin = (/** @type {string} */ name) => path.join(root, "node_modules", ".bin", name);
const totals = { passed: 0, failed: 0, skipped: 0 };

// Unit tests.
const vitestFile = path.join(results, "vitest.json");
const vitestStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
if (vitestStatus !== 0 && (!vitest || vitest.numFailedTests === 0)) totals.failed += 1; // the runner itself failed

// Browser tests.
let playwrightStatus = 1;
if (chromium) {
  const playwrightFile = path.join(results, "playwright.json");
  const port = String(await freePort());
  playwrightStatus = run(bin("playwright"), ["test"], {
    env: { CHROMIUM_PATH: chromium, TEST_PORT: port, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightFile },
  });
  const report = readJson(playwrightFile);
  if (report) {
    totals.passed += report.stats.expected + (report.stats.flaky ?? 0);
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
  }
  if (playwrightStatus !== 0 && (!report || report.stats.unexpected === 0)) totals.failed += 1;
} else {
  totals.failed += 1;
}

const failed = totals.failed > 0 || vitestStatus !== 0 || playwrightStatus !== 0;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
