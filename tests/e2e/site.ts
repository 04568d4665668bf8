/** Facts the browser tests share, read from the same content the site is built from. */
import type { APIRequestContext } from "@playwright/test";
import { loadContent } from "@/lib/content/load";
import { routes } from "@/lib/routes";

export const { articles, tags, stages } = loadContent();

export const SITE_URL = (process.env.SITE_URL ?? "https://secondchance.example").replace(/\/$/, "");

/** One URL of every page type, for checks that should hold everywhere. */
export const PAGE_TYPES: Record<string, string> = {
  home: routes.home,
  articles: routes.articles,
  article: routes.article(articles[0]!.slug),
  tags: routes.tags,
  tag: routes.tag("red-flags"),
  stages: routes.stages,
  stage: routes.stage("moving-on"),
  search: routes.search({ q: "apology" }),
  "search-empty": routes.search({ q: "zzzzqqq" }),
  help: routes.help(),
  about: routes.about,
  "not-found": "/no-such-page",
};

/** Every page a reader can reach, derived from the content: each listing, article, topic and stage. */
export const EVERY_PAGE: string[] = [
  ...Object.values(PAGE_TYPES),
  routes.stageFinder,
  routes.stageFinderHelp("abuse"),
  routes.stageFinderHelp("own-behaviour"),
  ...articles.map((a) => routes.article(a.slug)),
  ...tags.map((t) => routes.tag(t.slug)),
  ...stages.map((s) => routes.stage(s.slug)),
].filter((path, index, all) => all.indexOf(path) === index);

/** The path of every page the running site's sitemap lists. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get(routes.sitemap)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
