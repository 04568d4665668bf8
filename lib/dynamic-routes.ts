/**
 * The dynamic routes and their preview images: a page per content entry, a 404 for anything else (`dynamicParams`
 * stays a literal in each file: Next reads it statically). The build prerenders every tag and stage but only the
 * newest articles; the rest and later listing pages render on first request and are then cached
 * (lib/serving/cache-handler.mjs), so build time and memory stop growing with the archive.
 */
import { notFound } from "next/navigation";
import { getArticles, getStages, getTags, passagesForStage, passagesWithTag, type Passage } from "./content";
import { LISTING, pageNumber, pageOf, type Page } from "./listing";

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
    generateStaticParams: () => prerendered(list()).map((item) => ({ [param]: item.slug }) as Record<K, string>),
    async entry(params: Promise<Record<K, string>>): Promise<T> {
      const slug = (await params)[param];
      return list().find((item) => item.slug === slug) ?? notFound();
    },
  };
}

/** Page `param` of a listing: a 404 past the last page, for a misspelt number, or for `…/page/1` (the bare path). */
export function listingPage<T>(items: T[], param: string | undefined, perPage: number): Page<T> {
  const page = pageOf(items, param === undefined ? 1 : pageNumber(param), perPage);
  if (!page || (param !== undefined && page.page === 1)) notFound();
  return page;
}

function passageListingRoute<K extends string, T extends { slug: string }>(param: K, list: () => T[], passagesOf: (entry: T) => Passage[]) {
  const route = dynamicRoute(param, list);
  return {
    ...route,
    async passagePage(params: Promise<Record<K, string> & { page?: string }>): Promise<{ entry: T; passages: Page<Passage> }> {
      const entry = await route.entry(params);
      return { entry, passages: listingPage(passagesOf(entry), (await params).page, LISTING.passagesPerPage) };
    },
  };
}

// Articles come newest first, so the prerendered ones are the newest.
export const articleRoute = dynamicRoute("slug", getArticles, (articles) => articles.slice(0, prerenderedArticles()));
export const tagRoute = passageListingRoute("tag", getTags, (tag) => passagesWithTag(tag.slug));
export const stageRoute = passageListingRoute("stage", getStages, (stage) => passagesForStage(stage.slug));

/** Later pages of a listing (…/page/n) all render on request: the build prerenders first pages only. */
export function noLaterPages(): never[] {
  return [];
}
