/** How long a listing may grow before it pages or stops, so no page grows without bound with thousands of articles. */
export const LISTING = {
  passagesPerPage: 50,
  articlesPerPage: 24,
  /** Article cards on a tag's first page (every article still appears with its passages). */
  tagArticles: 12,
  homeArticles: 6,
  feedItems: 20,
} as const;

export interface Page<T> {
  items: T[];
  page: number; // 1-based
  pageCount: number;
  total: number;
}

const countPages = (count: number, perPage: number) => Math.max(1, Math.ceil(count / perPage));

/** Page `page` of `items`, or undefined when there is no such page (the route answers 404). */
export function pageOf<T>(items: T[], page: number, perPage: number): Page<T> | undefined {
  const pageCount = countPages(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount, total: items.length };
}

/** The page numbers after the first, as route params: { page: "2" }, { page: "3" }, … */
export function laterPages(count: number, perPage: number): { page: string }[] {
  return Array.from({ length: countPages(count, perPage) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

/** A page number from a route param: only the canonical spelling ("2", not "02" or "2.0") counts. */
export function pageNumber(param: string): number {
  return /^[1-9]\d*$/.test(param) ? Number(param) : NaN;
}
