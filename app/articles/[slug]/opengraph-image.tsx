import { entryCard, OG_SIZE } from "@/components/OgCard";
import { articleRoute } from "@/lib/dynamic-routes";
import { plural } from "@/lib/format";

export const size = OG_SIZE;
// Like the article: the newest prerendered, the rest rendered on first request and cached.
export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = articleRoute.generateStaticParams;

export default entryCard(articleRoute.entry, (article) => ({
  kicker: `Article · ${plural(article.readingMinutes, "minute")} read`,
  title: article.title,
  subtitle: article.description,
}));
