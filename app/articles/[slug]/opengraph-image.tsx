import { ogCard, OG_SIZE } from "@/components/OgCard";
import { getArticle, getArticles } from "@/lib/content";
import { plural } from "@/lib/format";

export const size = OG_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  return ogCard({
    kicker: article ? `Article · ${plural(article.readingMinutes, "minute")} read` : "Article",
    title: article?.title ?? "Second Chance",
    subtitle: article?.description,
  });
}
