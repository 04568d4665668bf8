import type { MetadataRoute } from "next";
import { getArticles, getStages, getTags } from "@/lib/content";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";

/** Every public page, with the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const latest = articles.map((a) => a.updated).sort().at(-1);
  const listPages = [routes.home, routes.articles, routes.tags, routes.stages].map((path) => ({ url: absoluteUrl(path), lastModified: latest }));
  return [
    ...listPages,
    ...articles.map((a) => ({ url: absoluteUrl(routes.article(a.slug)), lastModified: a.updated })),
    ...getTags().map((t) => ({ url: absoluteUrl(routes.tag(t.slug)), lastModified: latest })),
    ...getStages().map((s) => ({ url: absoluteUrl(routes.stage(s.slug)), lastModified: latest })),
    { url: absoluteUrl(routes.help()), lastModified: latest },
    { url: absoluteUrl(routes.about), lastModified: latest },
  ];
}
