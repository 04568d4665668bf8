/**
 * Every URL path of the site, built in one place. Pages, components, the sitemap, the feed, JSON-LD,
 * metadata and the tests ask this module for paths instead of writing `/articles/${slug}` by hand, so
 * a route that moves changes here only. Paths are site-relative; `absoluteUrl` (lib/site.ts) turns
 * them into public URLs where one is needed.
 *
 * Slugs come from validated content (lowercase letters, digits and hyphens) and anchors from
 * github-slugger, so neither needs escaping; search values are user input and go through
 * URLSearchParams.
 */

/** `path#anchor`, or `path` when there is no anchor. */
export function withAnchor(path: string, anchor?: string): string {
  return anchor ? `${path}#${anchor}` : path;
}

/**
 * Page n of a listing is its own static path, `path/page/n`, so every page is prerendered at build
 * time like the first; page 1 is the bare path (one URL per page, no duplicate).
 */
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
  if (q) params.set("q", q);
  if (tag) params.set("tag", tag);
  if (stage) params.set("stage", stage);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The parts of /help that pages and search link to, each a section id on that page; the most urgent first. */
export type HelpAnchor = "in-danger" | "crisis" | "someone-threatens-self-harm" | "abuse" | "own-behaviour" | "image-abuse";

export const routes = {
  home: "/",
  articles: "/articles",
  /** Page n of the list of articles (newest first). */
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
  /** Where the finder's form posts its answers: a 303 redirect to the page that fits, so no answer is ever in a URL. */
  stageFinderAnswers: "/stages/find/answers",
  /** The short page that says why the finder sends a reader to a part of /help, and links it. */
  stageFinderHelp: (part: string) => `/stages/find/help/${part}`,
  /** The /search page for a query, filters and page. */
  search: (params?: SearchParams) => withSearch("/search", params),
  /**
   * Where the proxy sends a /search request with a query (lib/serving/results-key.ts): the same page,
   * rendered once per distinct search and then served from Next's page cache. Never linked; readers
   * only ever see /search?q=….
   */
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
  /** The share card next/og renders for a page that has an `opengraph-image` file (or the site's own). */
  previewImage: (path = "/") => (path === "/" ? "/opengraph-image" : `${path}/opengraph-image`),
} as const;
