import type { Metadata } from "next";
import { parseSearchInput } from "@/lib/search";
import { searchMetadata, SearchView } from "./SearchView";

// A request with a query never reaches this page: the proxy sends it to the cached results route
// (app/search/results/[key]). What is left here is /search itself and filters without a query.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseSearchInput(await searchParams));
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchView input={parseSearchInput(await searchParams)} />;
}
