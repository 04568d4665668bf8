// `npm run check:reading`: the reading grade (Flesch–Kincaid) of every page the sitemap lists, measured
// on the production build's HTML as a reader gets it, against each page's limit. Builds first if needed,
// serves the build on a free port, and exits non-zero when a page reads above its limit.
import { spawn } from "node:child_process";
import path from "node:path";
import { pageProse, readingCounts, readingGrade, readingLimit } from "./lib/reading-grade";
import { ensureBuild, ensureDependencies, root } from "./lib/prepare.mjs";
import { freePort, waitForServer } from "./lib/server.mjs";

ensureDependencies();
ensureBuild();
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], { cwd: root, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
let failures = 0;
try {
  await waitForServer(origin);
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  console.log("grade  limit  sentences  words  page");
  for (const pathname of paths) {
    const blocks = pageProse(await (await fetch(`${origin}${pathname}`)).text());
    const grade = readingGrade(blocks);
    const limit = readingLimit(pathname);
    const { sentences, words } = readingCounts(blocks);
    if (grade > limit) failures += 1;
    console.log(`${grade.toFixed(1).padStart(5)}  ${String(limit).padStart(5)}  ${String(sentences).padStart(9)}  ${String(words).padStart(5)}  ${pathname}${grade > limit ? "  ✗ above its limit" : ""}`);
  }
} finally {
  server.kill();
}
console.log(failures ? `\n${failures} page(s) read above their limit` : "\nevery page reads within its limit");
process.exit(failures ? 1 : 0);
