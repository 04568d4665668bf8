import type { MetadataRoute } from "next";
import { getArticles, getStages, getTags } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";

/** Every public page, with the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const latest = articles.map((a) => a.updated).sort().at(-1);
  const listPages = ["/", "/articles", "/tags", "/stages"].map((path) => ({ url: absoluteUrl(path), lastModified: latest }));
  return [
    ...listPages,
    ...articles.map((a) => ({ url: absoluteUrl(`/articles/${a.slug}`), lastModified: a.updated })),
    ...getTags().map((t) => ({ url: absoluteUrl(`/tags/${t.slug}`), lastModified: latest })),
    ...getStages().map((s) => ({ url: absoluteUrl(`/stages/${s.slug}`), lastModified: latest })),
    { url: absoluteUrl("/help"), lastModified: latest },
    { url: absoluteUrl("/about"), lastModified: latest },
  ];
}
