/**
 * The three dynamic routes (/articles/[slug], /tags/[tag], /stages/[stage]) and their preview images
 * share one shape: one prerendered page per content entry, and a real 404 for anything else. Each
 * page.tsx and opengraph-image.tsx exports `generateStaticParams` from here and finds its entry with
 * `entry(params)`. (`dynamicParams = false` stays a literal in each file: Next reads it statically.)
 */
import { notFound } from "next/navigation";
import { getArticles, getStages, getTags } from "./content";

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

export const articleRoute = dynamicRoute("slug", getArticles);
export const tagRoute = dynamicRoute("tag", getTags);
export const stageRoute = dynamicRoute("stage", getStages);
