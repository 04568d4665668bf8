// Every site-relative URL path, built here only (`absoluteUrl` in lib/site.ts makes public URLs). Slugs (validated)
// and anchors (github-slugger) need no escaping; search values are user input and go through URLSearchParams.

export function withAnchor(path: string, anchor?: string): string {
  return anchor ? `${path}#${anchor}` : path;
}

/** Page n of a listing is its own static path, `path/page/n`; page 1 is the bare path (one URL per page). */
function paged(path: string, page?: number): string {
  return page && page > 1 ? `${path}/page/${page}` : path;
}

interface SearchParams {
  q?: string;
  tag?: string;
  stage?: string;
  page?: number;
}

/** `path?q=…&tag=…&stage=…&page=…` (empty values and page 1 are left out). */
function withSearch(path: string, { q, tag, stage, page }: SearchParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ q, tag, stage })) if (value) params.set(key, value);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The section ids of /help that pages and search link to; the most urgent first. */
export type HelpAnchor = "in-danger" | "crisis" | "someone-threatens-self-harm" | "abuse" | "own-behaviour" | "image-abuse";

export const routes = {
  home: "/",
  articles: "/articles",
  articlesPage: (page?: number) => paged("/articles", page),
  article: (slug: string, anchor?: string) => withAnchor(`/articles/${slug}`, anchor),
  tags: "/tags",
  tag: (slug: string, page?: number) => paged(`/tags/${slug}`, page),
  stages: "/stages",
  stage: (slug: string, page?: number) => paged(`/stages/${slug}`, page),
  /** The stage finder's form (it is also on /stages). */
  stageFinder: "/stages/find",
  /** The form again, naming the questions a submission left out (never an answer). */
  stageFinderUnanswered: (names: readonly string[]) => `/stages/find?${new URLSearchParams({ unanswered: names.join(" ") })}`,
  /** Where the finder posts: a 303 redirect to the page that fits, so no answer is ever in a URL. */
  stageFinderAnswers: "/stages/find/answers",
  /** The short page that says why the finder sends a reader to a part of /help. */
  stageFinderHelp: (part: string) => `/stages/find/help/${part}`,
  search: (params?: SearchParams) => withSearch("/search", params),
  /** Where the proxy rewrites /search?q=… (lib/serving/results-key.ts), so results come from the page cache. Never linked. */
  searchResults: (key: string) => `/search/results/${key}`,
  /** The live search's JSON: one page of results for the same parameters as /search. */
  searchApi: (params?: SearchParams) => withSearch("/api/search", params),
  help: (anchor?: HelpAnchor) => withAnchor("/help", anchor),
  about: "/about",
  feed: "/feed.xml",
  sitemap: "/sitemap.xml",
  /** Part n of the sitemap index (only past 50,000 URLs). */
  sitemapPart: (n: number) => `/sitemaps/${n}.xml`,
  opensearch: "/opensearch.xml",
  icon: "/icon.svg",
  /** The sharing code (public/share.js), fetched on the first press of Share or a heading's "#". */
  sharingCode: "/share.js",
  /** The share card next/og renders for a page that has an `opengraph-image` file (or the site's own). */
  previewImage: (path = "/") => (path === "/" ? "/opengraph-image" : `${path}/opengraph-image`),
} as const;
