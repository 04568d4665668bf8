// Next's build adapter (next.config.ts `adapterPath`): runs once at the end of `next build`, after prerendering and
// before the standalone copy, so every way of serving gets the processed pages. Plain JavaScript: Next loads it with
// a bare import(), which Node 20 cannot do for TypeScript; tsconfig's checkJs type-checks it.
import { readFileSync, writeFileSync } from "node:fs";
import { toOneByteHtml } from "./one-byte-html.mjs";

/** @type {import("next").NextAdapter} */
const adapter = {
  name: "second-chance",
  /** Every prerendered page (and the static 404 and 500) is stored as Latin-1 text, so Node writes it fast. */
  onBuildComplete({ outputs }) {
    const files = [...outputs.prerenders.flatMap((prerender) => prerender.fallback?.filePath ?? []), ...outputs.staticFiles.map((file) => file.filePath)];
    const pages = new Set(files.filter((file) => file.endsWith(".html")));
    let rewritten = 0;
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const oneByte = toOneByteHtml(html);
      if (oneByte === html) continue;
      writeFileSync(file, oneByte);
      rewritten++;
    }
    console.log(`  ${rewritten} of ${pages.size} built pages rewritten to one byte per character`);
  },
};

export default adapter;
