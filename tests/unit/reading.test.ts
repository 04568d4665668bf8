/**
 * Plain English, measured: the prose of every content page, rendered as the site renders it (placed
 * rules and crisis lines included), reads at or below its page's limit. The browser tests hold every
 * page of the built site, /help and the listings included, to the same limits.
 */
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { routes } from "@/lib/routes";
import { pageProse, proseBlocks, readingGrade, readingLimit } from "@/scripts/lib/reading-grade";

const { articles, stages, tags, pages } = loadContent();
const body = (item: { introHtml: string; sections: { heading: string; html: string }[] }) =>
  readingGrade(proseBlocks([item.introHtml, ...item.sections.map((s) => `<h2>${s.heading}</h2>${s.html}`)].join("")));

describe("reading grade", () => {
  it("reads short, everyday sentences as easier than long, abstract ones", () => {
    const plain = readingGrade(["Take some time. Eat well. Sleep. Talk to a friend you trust."]);
    const dense = readingGrade(["Reconciliation necessitates comprehensive acknowledgement of interpersonal responsibilities, considerable emotional regulation, and sustained behavioural modification over an indeterminate period."]);
    expect(plain).toBeLessThan(3);
    expect(dense).toBeGreaterThan(12);
  });

  it("counts a list item or heading without a full stop as a sentence of its own", () => {
    expect(proseBlocks("<ul><li>Calls and texts</li><li>Messages on any app</li></ul><h2>What helps</h2>")).toEqual(["Calls and texts", "Messages on any app", "What helps"]);
  });

  it("measures a page's main text and leaves its navigation out", () => {
    const html = '<body><nav><ol><li>Home</li></ol></nav><main><nav aria-label="Breadcrumb"><ol><li>Home</li></ol></nav><h1>Title</h1><p>One. Two.</p></main></body>';
    expect(pageProse(html)).toEqual(["Title", "One. Two."]);
  });

  it("holds help, stage and topic pages lower than the rest", () => {
    expect([routes.help(), routes.stage("moving-on"), routes.tag("apology"), routes.article("x"), routes.about, routes.home].map(readingLimit)).toEqual([6, 6, 6, 7, 7, 7]);
  });
});

describe("every content page reads within its limit", () => {
  it.each(articles.map((a) => [routes.article(a.slug), a] as const))("%s", (path, article) => {
    expect(body({ introHtml: article.introHtml, sections: article.passages })).toBeLessThanOrEqual(readingLimit(path));
  });
  it.each(stages.map((s) => [routes.stage(s.slug), s] as const))("%s", (path, stage) => {
    expect(body(stage)).toBeLessThanOrEqual(readingLimit(path));
  });
  it.each(tags.map((t) => [routes.tag(t.slug), t] as const))("%s", (path, tag) => {
    expect(body(tag)).toBeLessThanOrEqual(readingLimit(path));
  });
  it.each(pages.map((p) => [p.slug, p] as const))("/%s", (slug, page) => {
    expect(body(page)).toBeLessThanOrEqual(readingLimit(`/${slug}`));
  });
});
