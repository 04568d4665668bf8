/**
 * The taxonomy index: article → tags and stages (on the valid fixture, whose tags are known), tag →
 * passages, stages and related lists (on the real content, which must give every page substance).
 */
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
  stageNeighbours,
} from "@/lib/content";
import { loadContentFrom } from "@/lib/content/load";
import { STAGE_SLUGS, TAG_SLUGS } from "@/lib/taxonomy";
import { VALID } from "./helpers";

const articles = getArticles();

describe("article → tags and stages", () => {
  // The valid fixture's first article is tagged no-contact; its sections add red-flags and apology.
  const fixture = loadContentFrom(VALID).articles;
  const first = fixture.find((a) => a.slug === "first-article")!;

  test("an article carries its own tags and its passages', in vocabulary order", () => {
    expect(articleTags(first)).toEqual(["no-contact", "apology", "red-flags"]);
    expect(articlesWithTag("red-flags", fixture).map((a) => a.slug)).toEqual(["first-article"]);
  });

  test("an article helps at its own stages and its passages'", () => {
    const second = fixture.find((a) => a.slug === "second-article")!;
    expect(articleStages(second)).toEqual(["reflection", "reaching-out"]);
    expect(passagesForStage("reaching-out", fixture).map((p) => `${p.articleSlug}#${p.id}`)).toEqual([
      "second-article#write-one-short-message",
      "first-article#dont-beg--or-threaten",
    ]);
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
    const tagged = articles.flatMap((a) => [a.tags, ...a.passages.map((p) => p.tags)]);
    for (const tag of TAG_SLUGS) {
      const related = relatedTags(tag);
      expect(related).not.toContain(tag);
      expect(related.length).toBeGreaterThan(0);
      for (const other of related) expect(tagged.some((tags) => tags.includes(tag) && tags.includes(other)), `${tag} + ${other}`).toBe(true);
    }
  });
});

describe("pages for keeping apart", () => {
  test("a topic for keeping apart names no topic that allows contact among its related topics", () => {
    const open = new Set(getTags().filter((t) => t.allowsContact).map((t) => t.slug));
    for (const tag of getTags().filter((t) => !t.allowsContact)) {
      for (const other of relatedTags(tag.slug)) expect(open.has(other), `${tag.slug} → ${other}`).toBe(false);
    }
  });

  test("the pager of a stage for keeping apart skips the stages that allow contact", () => {
    const stages = getStages();
    const bySlug = (slug: string) => stages.find((s) => s.slug === slug);
    expect(stageNeighbours("working-on-yourself")).toEqual({ previous: bySlug("reflection"), next: bySlug("moving-on") });
    expect(stageNeighbours("moving-on")).toEqual({ previous: bySlug("working-on-yourself"), next: undefined });
    expect(stageNeighbours("reaching-out")).toEqual({ previous: bySlug("working-on-yourself"), next: bySlug("rebuilding") });
    for (const stage of stages.filter((s) => !s.allowsContact)) {
      const { previous, next } = stageNeighbours(stage.slug);
      for (const neighbour of [previous, next]) expect(neighbour?.allowsContact ?? false, `${stage.slug} → ${neighbour?.slug}`).toBe(false);
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
