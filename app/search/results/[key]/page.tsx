import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseSearchInput, searchParamsFromKey } from "@/lib/search";
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

async function inputFor({ params }: Props) {
  const values = searchParamsFromKey((await params).key);
  if (!values) notFound();
  return parseSearchInput(values);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata(await inputFor(props));
}

export default async function SearchResultsPage(props: Props) {
  return <SearchView input={await inputFor(props)} />;
}
