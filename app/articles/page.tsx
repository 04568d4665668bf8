import { getArticles } from "@/lib/content";
import { countInWords } from "@/lib/format";
import { LISTING, pageOf } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { ArticlesPage } from "./articles-page";

export const metadata = pageMetadata({
  title: "All articles",
  description: `${countInWords(getArticles().length, { capital: true })} guides to getting back together after a breakup, in our own editions, with notes where the advice needs care.`,
  path: routes.articles,
});

export default function FirstArticlesPage() {
  return <ArticlesPage articles={pageOf(getArticles(), 1, LISTING.articlesPerPage)!} />;
}
