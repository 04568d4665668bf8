import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { searchInputFromKey } from "@/lib/serving/results-key";
import { searchMetadata, SearchView } from "../../SearchView";

// One page per distinct search, rendered on its first request and kept in Next's page cache (bounded
// in memory by next.config.ts) until the next build, which is the only time results can change. The
// proxy sends every /search?q=… here; none is known at build time.
export const dynamicParams = true;
export const revalidate = false;
export function generateStaticParams(): { key: string }[] {
  return [];
}

type Props = { params: Promise<{ key: string }> };

// The metadata and the page of one request share one parse of the key.
const inputFor = cache((key: string) => searchInputFromKey(key));

async function input({ params }: Props) {
  const parsed = inputFor((await params).key);
  if (!parsed) notFound();
  return parsed;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata(await input(props));
}

export default async function SearchResultsPage(props: Props) {
  return <SearchView input={await input(props)} />;
}
