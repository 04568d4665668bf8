/** Facts the browser tests share, read from the same content the site is built from. */
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
