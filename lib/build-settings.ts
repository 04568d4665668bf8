/**
 * Settings baked into a build's static pages (absolute URLs, the content itself). Every `next build`
 * records the values it was made with beside its output (next.config.ts calls this after compiling),
 * so `npm start` can tell a build made with other values from a current one (scripts/lib/prepare.mjs),
 * whichever command started the build: `npm start`, `npm run build`, `npm run build:standalone`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const BAKED_IN = ["SITE_URL", "CONTENT_DIR"] as const;

export function writeBuildSettings(distDir: string): void {
  mkdirSync(distDir, { recursive: true });
  const settings = Object.fromEntries(BAKED_IN.map((name) => [name, process.env[name] ?? ""]));
  writeFileSync(path.join(distDir, "second-chance-build.json"), JSON.stringify(settings));
}
