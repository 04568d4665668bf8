/**
 * The three dynamic routes (/articles/[slug], /tags/[tag], /stages/[stage]) and their preview images
 * share one shape: one prerendered page per content entry, and a real 404 for anything else. Each
 * page.tsx and opengraph-image.tsx exports `generateStaticParams` from here and finds its entry with
 * `entry(params)`. (`dynamicParams = false` stays a literal in each file: Next reads it statically.)
 *
 * Tags and stages also list their passages, 50 to a page: page 1 on the entry's own URL, page n at
 * `<entry>/page/n`. `passagePage` answers both routes, and `listingPage` decides which page numbers
 * exist for them and for /articles/page/n, so that rule is written here only.
 */
import { notFound } from "next/navigation";
import { getArticles, getStages, getTags, passagesForStage, passagesWithTag, type Passage } from "./content";
import { laterPages, LISTING, pageNumber, pageOf, type Page } from "./listing";

function dynamicRoute<K extends string, T extends { slug: string }>(param: K, list: () => T[]) {
  return {
    generateStaticParams: () => list().map((item) => ({ [param]: item.slug }) as Record<K, string>),
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
    /** Params of pages 2, 3, … of every entry's passages (page 1 is the entry's own page). */
    laterPageParams: () =>
      list().flatMap((item) => laterPages(passagesOf(item).length, LISTING.passagesPerPage).map(({ page }) => ({ [param]: item.slug, page }) as Record<K | "page", string>)),
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

export const articleRoute = dynamicRoute("slug", getArticles);
export const tagRoute = passageListingRoute("tag", getTags, (tag) => passagesWithTag(tag.slug));
export const stageRoute = passageListingRoute("stage", getStages, (stage) => passagesForStage(stage.slug));
