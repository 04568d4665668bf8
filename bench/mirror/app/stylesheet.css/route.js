import { readFileSync } from "node:fs";

// The styled mirror's one stylesheet: the site's own rules, captured by bench/mirror.mjs and written out at build.
export const dynamic = "force-static";

export function GET() {
  const file = process.env.MIRROR_STYLESHEET;
  if (!file) return new Response("", { status: 404 });
  return new Response(readFileSync(file, "utf8"), { headers: { "Content-Type": "text/css; charset=utf-8" } });
}
