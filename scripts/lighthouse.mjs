// `npm run lighthouse`: Lighthouse's four scores for an article page, against the production build.
// Lighthouse is run with `npx` (not a dependency) and Debian's Chromium; needs the registry once.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ensureBuild, ensureDependencies, root } from "./lib/prepare.mjs";

ensureDependencies();
ensureBuild();
const port = await new Promise((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], { cwd: root, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
await new Promise((r) => setTimeout(r, 2500));
const page = process.argv[2] ?? "/articles/how-to-get-your-ex-back";
const out = path.join(os.tmpdir(), "second-chance-lighthouse.json");
const result = spawnSync(
  "npx",
  ["--yes", "lighthouse@12", `http://localhost:${port}${page}`, "--output=json", `--output-path=${out}`, "--quiet",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"],
  { stdio: "inherit", env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" } },
);
server.kill();
if (result.status !== 0) process.exit(result.status ?? 1);
const report = JSON.parse(readFileSync(out, "utf8"));
for (const [id, category] of Object.entries(report.categories)) console.log(`${category.title.padEnd(16)} ${Math.round(category.score * 100)}  (${id})`);
