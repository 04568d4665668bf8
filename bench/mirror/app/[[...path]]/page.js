import { readFileSync } from "node:fs";

// The pages to mirror are captured from the running site into a JSON file ({ "/path": "<main> inner
// HTML" }) named by MIRROR_PAGES at build time; every one is prerendered, like the site's pages.
export const dynamicParams = false;

function captured() {
  return JSON.parse(readFileSync(process.env.MIRROR_PAGES, "utf8"));
}

export function generateStaticParams() {
  return Object.keys(captured()).map((pagePath) => ({ path: pagePath.split("/").filter(Boolean) }));
}

export default async function MirrorPage({ params }) {
  const { path = [] } = await params;
  const html = captured()[`/${path.join("/")}`];
  return <main dangerouslySetInnerHTML={{ __html: html }} />;
}
