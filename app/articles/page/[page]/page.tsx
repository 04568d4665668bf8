import type { Metadata } from "next";
import { getArticles } from "@/lib/content";
import { listingPage, noLaterPages } from "@/lib/dynamic-routes";
import { LISTING } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { ArticlesPage } from "../../articles-page";

// Page 2, 3, … of /articles: rendered on first request, then cached; a page past the last is a 404, never cached.
type Props = { params: Promise<{ page: string }> };

export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = noLaterPages;

async function load(params: Props["params"]) {
  return listingPage(getArticles(), (await params).page, LISTING.articlesPerPage);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const articles = await load(params);
  return pageMetadata({
    title: `All articles, page ${articles.page} of ${articles.pageCount}`,
    description: "Every guide to getting back together after a breakup, in our own editions, newest first.",
    path: routes.articlesPage(articles.page),
  });
}

export default async function LaterArticlesPage({ params }: Props) {
  return <ArticlesPage articles={await load(params)} />;
}
