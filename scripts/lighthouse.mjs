// `npm run lighthouse [path]`: Lighthouse's four scores for a page (an article by default) against the
// production build, with Lighthouse's mobile settings (slow 4G, 4× CPU slowdown) and its desktop
// preset. Lighthouse runs with `npx` (not a dependency) and Debian's Chromium; needs the registry once.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild, ensureDependencies, root } from "./lib/prepare.mjs";
import { freePort, waitForServer } from "./lib/server.mjs";

ensureDependencies();
ensureBuild();
const port = await freePort();
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], { cwd: root, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
await waitForServer(`http://127.0.0.1:${port}/`);
const page = process.argv[2] ?? "/articles/how-to-get-your-ex-back";
const scores = {};
let failed = 0;
for (const preset of ["mobile", "desktop"]) {
  const out = path.join(os.tmpdir(), `second-chance-lighthouse-${preset}.json`);
  const result = spawnSync(
    "npx",
    ["--yes", "lighthouse@12", `http://localhost:${port}${page}`, "--output=json", `--output-path=${out}`, "--quiet",
      ...(preset === "desktop" ? ["--preset=desktop"] : []),
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"],
    { stdio: "inherit", env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" } },
  );
  if (result.status !== 0) {
    failed = result.status ?? 1;
    continue;
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  for (const category of Object.values(report.categories)) (scores[category.title] ??= {})[preset] = Math.round(category.score * 100);
  scores["Total Blocking Time"] = { ...scores["Total Blocking Time"], [preset]: report.audits["total-blocking-time"].displayValue };
}
server.kill();
console.log(`\nLighthouse for ${page}`);
console.table(scores);
process.exit(failed);
