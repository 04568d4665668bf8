/** The taxonomy index built from the real content: article → tags, tag → passages, stages, related lists. */
import { describe, expect, test } from "vitest";
import {
  articleStages,
  articleTags,
  articlesWithTag,
  getArticles,
  getStages,
  getTags,
  groupByArticle,
  neighbours,
  passagesForStage,
  passagesWithTag,
  relatedArticles,
  relatedTags,
} from "@/lib/content";
import { STAGE_SLUGS, TAG_SLUGS } from "@/lib/taxonomy";

const articles = getArticles();

describe("article → tags", () => {
  test("an article's tags are its own plus its passages', in vocabulary order", () => {
    for (const article of articles) {
      const expected = TAG_SLUGS.filter((t) => article.tags.includes(t) || article.passages.some((p) => p.tags.includes(t)));
      expect(articleTags(article)).toEqual(expected);
    }
  });

  test("every tagged section anchor is a real heading of its article", () => {
    for (const article of articles) {
      const ids = new Set(article.headings.map((h) => h.id));
      for (const passage of article.passages) expect(ids, `${article.slug}#${passage.id}`).toContain(passage.id);
    }
  });
});

describe("tag → passages", () => {
  test.each(TAG_SLUGS)("%s has substance: passages in at least three articles", (tag) => {
    const passages = passagesWithTag(tag);
    expect(passages.every((p) => p.tags.includes(tag))).toBe(true);
    expect(new Set(passages.map((p) => p.articleSlug)).size).toBeGreaterThanOrEqual(3);
    expect(articlesWithTag(tag).length).toBeGreaterThanOrEqual(3);
  });

  test("red flags gather the warning signs the sources raise", () => {
    const text = passagesWithTag("red-flags").map((p) => `${p.heading} ${p.text}`).join(" ").toLowerCase();
    for (const sign of ["guilt", "threat", "pressure", "cheat"]) expect(text).toContain(sign);
  });

  test("grouping by article keeps the index order and loses no passage", () => {
    const passages = passagesWithTag("no-contact");
    const groups = groupByArticle(passages);
    expect(groups.flatMap((g) => g.passages)).toHaveLength(passages.length);
    const order = articles.map((a) => a.slug);
    const seen = groups.map((g) => order.indexOf(g.article.slug));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  test("related tags co-occur and never include the tag itself", () => {
    for (const tag of TAG_SLUGS) {
      const related = relatedTags(tag);
      expect(related).not.toContain(tag);
      expect(related.length).toBeGreaterThan(0);
    }
  });
});

describe("stages", () => {
  test("stages are loaded in the defined order, and prev/next follow it", () => {
    const stages = getStages();
    expect(stages.map((s) => s.slug)).toEqual([...STAGE_SLUGS]);
    expect(neighbours(stages, "just-broke-up")).toEqual({ previous: undefined, next: stages[1] });
    expect(neighbours(stages, "moving-on")).toEqual({ previous: stages[5], next: undefined });
  });

  test.each(STAGE_SLUGS)("%s gathers at least two passages", (stage) => {
    const passages = passagesForStage(stage);
    expect(passages.length).toBeGreaterThanOrEqual(2);
    expect(passages.every((p) => p.stages.includes(stage))).toBe(true);
  });

  test("every article helps with at least one stage", () => {
    for (const article of articles) expect(articleStages(article).length).toBeGreaterThan(0);
  });
});

describe("related articles", () => {
  test("exclude the article itself, are ranked by shared tags, and are the same every time", () => {
    for (const article of articles) {
      const related = relatedArticles(article);
      expect(related.map((a) => a.slug)).not.toContain(article.slug);
      expect(relatedArticles(article).map((a) => a.slug)).toEqual(related.map((a) => a.slug));
      expect(relatedArticles(article, 3, [...articles].reverse()).map((a) => a.slug)).toEqual(related.map((a) => a.slug));
      const own = new Set(articleTags(article));
      const shared = related.map((other) => articleTags(other).filter((t) => own.has(t)).length);
      expect(shared).toEqual([...shared].sort((a, b) => b - a));
    }
  });

  test("the tag list covers the closed vocabulary exactly", () => {
    expect(getTags().map((t) => t.slug)).toEqual([...TAG_SLUGS]);
  });
});
