import { getArticles } from "@/lib/content";
import { LISTING, pageOf } from "@/lib/listing";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { ArticlesListing } from "./listing";

export const metadata = pageMetadata({
  title: "All articles",
  description: "Five guides to getting back together after a breakup, in our own editions, with notes where the advice needs care.",
  path: routes.articles,
});

export default function ArticlesPage() {
  return <ArticlesListing articles={pageOf(getArticles(), 1, LISTING.articlesPerPage)!} />;
}
