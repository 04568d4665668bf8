import type { Metadata } from "next";
import { cache } from "react";
import { parseSearchInput } from "@/lib/search";
import { searchMetadata, SearchView } from "./SearchView";

// A request with a query never reaches this page: the proxy sends it to the cached results route
// (app/search/results/[key]). What is left here is /search itself and filters without a query.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The metadata and the page of one request share one parse of its parameters (keyed by their text,
// since each gets its own promise of them).
const inputFor = cache((params: string) => parseSearchInput(JSON.parse(params) as Record<string, unknown>));
const input = async ({ searchParams }: Props) => inputFor(JSON.stringify(await searchParams));

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata(await input(props));
}

export default async function SearchPage(props: Props) {
  return <SearchView input={await input(props)} />;
}
