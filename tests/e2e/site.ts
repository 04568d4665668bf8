/** Facts the browser tests share, read from the same content the site is built from. */
import { loadContent } from "@/lib/content/load";

export const { articles, tags, stages } = loadContent();

export const SITE_URL = (process.env.SITE_URL ?? "https://secondchance.example").replace(/\/$/, "");

/** One URL of every page type, for checks that should hold everywhere. */
export const PAGE_TYPES: Record<string, string> = {
  home: "/",
  articles: "/articles",
  article: `/articles/${articles[0]!.slug}`,
  tags: "/tags",
  tag: "/tags/red-flags",
  stages: "/stages",
  stage: "/stages/moving-on",
  search: "/search?q=apology",
  "search-empty": "/search?q=zzzzqqq",
  help: "/help",
  about: "/about",
  "not-found": "/no-such-page",
};
