/**
 * The three dynamic routes (/articles/[slug], /tags/[tag], /stages/[stage]) and their preview images
 * share one shape: a page per content entry, and a real 404 for anything else. Each page.tsx and
 * opengraph-image.tsx exports `generateStaticParams` from here and finds its entry with
 * `entry(params)`. (`dynamicParams` stays a literal in each file: Next reads it statically.)
 *
 * What the build prerenders is bounded: every tag and stage, but only the newest articles
 * (`PRERENDER_ARTICLES`, default 100). Every other article, its preview image and every later page of
 * a listing is rendered on its first request and then served from Next's cache like a prerendered page
 * (lib/serving/cache-handler.mjs), so the build's time and memory stop growing with the archive.
 *
 * Tags and stages also list their passages, 50 to a page: page 1 on the entry's own URL, page n at
 * `<entry>/page/n`. `passagePage` answers both routes, and `listingPage` decides which page numbers
 * exist for them and for /articles/page/n, so that rule is written here only.
 */
import { notFound } from "next/navigation";
import { getArticles, getStages, getTags, passagesForStage, passagesWithTag, type Passage } from "./content";
import { LISTING, pageNumber, pageOf, type Page } from "./listing";

/** How many of the newest articles the build prerenders when `PRERENDER_ARTICLES` does not say. */
export const PRERENDERED_ARTICLES = 100;

/** `PRERENDER_ARTICLES` (a whole number, 0 or more), read at build time; the default otherwise. */
export function prerenderedArticles(env: Record<string, string | undefined> = process.env): number {
  const value = env.PRERENDER_ARTICLES?.trim();
  if (!value) return PRERENDERED_ARTICLES;
  if (!/^\d+$/.test(value)) throw new Error(`PRERENDER_ARTICLES must be a whole number of articles (0 or more), not "${value}"`);
  return Number(value);
}

function dynamicRoute<K extends string, T extends { slug: string }>(param: K, list: () => T[], prerendered: (items: T[]) => T[] = (items) => items) {
  return {
    /** The entries the build prerenders; any other existing entry is rendered on its first request. */
    generateStaticParams: () => prerendered(list()).map((item) => ({ [param]: item.slug }) as Record<K, string>),
    /** The entry the request's params name; notFound() (a 404) for any other value. */
    async entry(params: Promise<Record<K, string>>): Promise<T> {
      const slug = (await params)[param];
      return list().find((item) => item.slug === slug) ?? notFound();
    },
  };
}

/**
 * Page `param` of a listing (page 1 when the route has no page param): a 404 for a page past the last,
 * a misspelt number, or page 1 spelled out (`…/page/1` is not a URL; page 1 is the bare path).
 */
export function listingPage<T>(items: T[], param: string | undefined, perPage: number): Page<T> {
  const page = pageOf(items, param === undefined ? 1 : pageNumber(param), perPage);
  if (!page || (param !== undefined && page.page === 1)) notFound();
  return page;
}

/** An entry (tag or stage) and one page of the passages it gathers. */
interface PassagePage<T> {
  entry: T;
  passages: Page<Passage>;
}

function passageListingRoute<K extends string, T extends { slug: string }>(param: K, list: () => T[], passagesOf: (entry: T) => Passage[]) {
  const route = dynamicRoute(param, list);
  return {
    ...route,
    /**
     * The entry and the page of its passages the params name (page 1 when there is no `page` param);
     * a 404 for an unknown entry or a page that is not one (see `listingPage`).
     */
    async passagePage(params: Promise<Record<K, string> & { page?: string }>): Promise<PassagePage<T>> {
      const entry = await route.entry(params);
      return { entry, passages: listingPage(passagesOf(entry), (await params).page, LISTING.passagesPerPage) };
    },
  };
}

// Articles come newest first, so the prerendered ones are the newest.
export const articleRoute = dynamicRoute("slug", getArticles, (articles) => articles.slice(0, prerenderedArticles()));

/** Later pages of a listing (…/page/n) are all rendered on request: the build prerenders first pages only. */
export function noLaterPages(): never[] {
  return [];
}
export const tagRoute = passageListingRoute("tag", getTags, (tag) => passagesWithTag(tag.slug));
export const stageRoute = passageListingRoute("stage", getStages, (stage) => passagesForStage(stage.slug));
