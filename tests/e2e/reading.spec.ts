import { expect, test } from "@playwright/test";
import { pageProse, readingGrade, readingLimit } from "@/scripts/lib/reading-grade";
import { sitemapPaths } from "./site";

// Every page of the built site, read as a reader gets it, within its reading-grade limit
// (`npm run check:reading` prints the table).
test("every page in the sitemap reads at or below its grade limit", async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain("/help");
  const over: string[] = [];
  for (const path of paths) {
    const grade = readingGrade(pageProse(await (await request.get(path)).text()));
    if (grade > readingLimit(path)) over.push(`${path}: grade ${grade.toFixed(1)} (limit ${readingLimit(path)})`);
  }
  expect(over).toEqual([]);
});
