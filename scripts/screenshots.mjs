// Full-page screenshots of every kind of page, and a pixel comparison of two sets: the check that a
// CSS change (moving rules, sharing declarations) changes nothing a reader sees.
//
//   npm run screenshots -- shoot /tmp/css-before     # serves the current production build (next build first)
//   npm run screenshots -- shoot /tmp/css-after
//   npm run screenshots -- compare /tmp/css-before /tmp/css-after
//
// Each route is shot at a phone (390×844) and a desktop (1280×800) width, in the light and the dark
// scheme, plus a focused link and the live search open after typing. `compare` decodes both PNGs in
// Chromium (a canvas, so no image library is needed), counts differing pixels per shot and exits 1 on
// any difference. Keep the PNGs out of the repository.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort, waitForServer } from "./lib/server.mjs";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launch = () => chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"] });

const slugs = (/** @type {string} */ dir) => readdirSync(path.join("content", dir)).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, -3)).sort();

/** Every kind of page, as [name, path]. */
function routeList() {
  const routes = [
    ["home", "/"],
    ["articles", "/articles"],
    ...slugs("articles").map((s) => [`article-${s}`, `/articles/${s}`]),
    ["tags", "/tags"],
    ...slugs("tags").map((s) => [`tag-${s}`, `/tags/${s}`]),
    ["stages", "/stages"],
    ...slugs("stages").map((s) => [`stage-${s}`, `/stages/${s}`]),
    ["stage-finder", "/stages/find"],
    ["search-results", "/search?q=text"],
    ["search-filtered", "/search?q=contact&tag=no-contact"],
    ["search-none", "/search?q=zzzzqqq"],
    ["search-empty", "/search"],
    ["help", "/help"],
    ["about", "/about"],
    ["not-found", "/no-such-page"],
  ];
  return /** @type {[name: string, path: string][]} */ (routes);
}

const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
/** @type {("light" | "dark")[]} */
const schemes = ["light", "dark"];

async function startServer() {
  const port = await freePort();
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const base = `http://localhost:${port}`;
  try {
    await waitForServer(base, 60_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { base, stop: () => child.kill() };
}

/** @param {string} outDir */
async function shoot(outDir) {
  mkdirSync(outDir, { recursive: true });
  const server = await startServer();
  const browser = await launch();
  let count = 0;
  try {
    for (const [vpName, viewport] of Object.entries(viewports)) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ viewport, colorScheme, reducedMotion: "reduce" });
        const page = await context.newPage();
        const snap = async (/** @type {string} */ name) => {
          await page.screenshot({ path: path.join(outDir, `${name}.${vpName}.${colorScheme}.png`), fullPage: true, animations: "disabled", caret: "hide" });
          count++;
        };
        for (const [name, route] of routeList()) {
          await page.goto(server.base + route, { waitUntil: "networkidle" });
          await snap(name);
        }
        // A focused link shows the focus ring (keyboard focus, so :focus-visible applies).
        await page.goto(server.base + "/", { waitUntil: "networkidle" });
        await page.keyboard.press("Tab");
        await page.keyboard.press("Tab");
        await snap("focus-link");
        // The live search after typing, its results in place under the form.
        await page.goto(server.base + "/search", { waitUntil: "networkidle" });
        const response = page.waitForResponse((r) => r.url().includes("/api/search"));
        await page.locator("main").getByRole("searchbox").first().pressSequentially("how long no contact");
        await response;
        await page.getByRole("region", { name: "Results as you type" }).locator("h2").first().waitFor();
        await page.waitForTimeout(300);
        await snap("live-search");
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`${count} screenshots in ${outDir}`);
}

/** @param {string} beforeDir @param {string} afterDir */
async function compare(beforeDir, afterDir) {
  const names = readdirSync(beforeDir).filter((f) => f.endsWith(".png")).sort();
  const browser = await launch();
  const page = await browser.newPage();
  let worst = 0;
  let differing = 0;
  try {
    for (const name of names) {
      const dataUrl = (/** @type {string} */ dir) => `data:image/png;base64,${readFileSync(path.join(dir, name)).toString("base64")}`;
      let after;
      try {
        after = dataUrl(afterDir);
      } catch {
        console.log(`${name}: missing after`);
        differing++;
        continue;
      }
      /** @type {[string, string]} */
      const pair = [dataUrl(beforeDir), after];
      const result = await page.evaluate(async ([a, b]) => {
        /** @type {(src: string) => Promise<HTMLImageElement>} */
        const load = (src) => new Promise((resolve, reject) => { const img = new Image(); img.onload = () => resolve(img); img.onerror = reject; img.src = src; });
        const [ia, ib] = await Promise.all([load(a), load(b)]);
        if (ia.width !== ib.width || ia.height !== ib.height) return { size: `${ia.width}×${ia.height} vs ${ib.width}×${ib.height}` };
        const pixels = (/** @type {HTMLImageElement} */ img) => {
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext("2d"));
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const pa = pixels(ia);
        const pb = pixels(ib);
        let diff = 0;
        for (let i = 0; i < pa.length; i += 4) if (pa[i] !== pb[i] || pa[i + 1] !== pb[i + 1] || pa[i + 2] !== pb[i + 2] || pa[i + 3] !== pb[i + 3]) diff++;
        return { diff };
      }, pair);
      if (result.size) {
        console.log(`${name}: size differs (${result.size})`);
        differing++;
        worst = Infinity;
      } else if (result.diff) {
        console.log(`${name}: ${result.diff} pixels differ`);
        differing++;
        worst = Math.max(worst, result.diff);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${names.length} screenshots compared, ${differing} differ, max differing pixels: ${worst}`);
  if (differing) process.exitCode = 1;
}

const [mode, a, b] = process.argv.slice(2);
if (mode === "shoot" && a) await shoot(a);
else if (mode === "compare" && a && b) await compare(a, b);
else {
  console.error("usage: screenshots shoot <dir> | compare <before-dir> <after-dir>");
  process.exitCode = 2;
}
