import type { Metadata } from "next";
import { cache } from "react";
import { parseSearchInput } from "@/lib/search";
import { searchMetadata, SearchView } from "./SearchView";

// The proxy sends a request with a query to app/search/results/[key]: this is /search and filters without a query.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The metadata and the page share one parse, keyed by the parameters' text (each gets its own promise of them).
const inputFor = cache((params: string) => parseSearchInput(JSON.parse(params) as Record<string, unknown>));
const input = async ({ searchParams }: Props) => inputFor(JSON.stringify(await searchParams));

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata(await input(props));
}

export default async function SearchPage(props: Props) {
  return <SearchView input={await input(props)} />;
}
