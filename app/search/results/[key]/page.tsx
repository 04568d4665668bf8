import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { searchInputFromKey } from "@/lib/serving/results-key";
import { searchMetadata, SearchView } from "../../SearchView";

// The proxy sends every /search?q=… here; each is cached until the next build, the only time results can change.
export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = (): { key: string }[] => [];

type Props = { params: Promise<{ key: string }> };

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
