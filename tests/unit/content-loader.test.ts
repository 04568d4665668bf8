import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { STAGE_SLUGS, TAG_SLUGS } from "@/lib/taxonomy";
import { fixtureSite, VALID } from "./helpers";

const content = loadContentFrom(VALID);
const first = content.articles.find((a) => a.slug === "first-article")!;

describe("content loader (valid fixture site)", () => {
  it("loads every article, tag, stage and page", () => {
    expect(content.articles.map((a) => a.slug).sort()).toEqual(["first-article", "second-article"]);
    expect(content.tags.map((t) => t.slug)).toEqual([...TAG_SLUGS]);
    // Stages come in the order of a breakup, numbered from one for the timeline, whatever the file order.
    expect(content.stages.map((s) => `${s.step}. ${s.slug}`)).toEqual(STAGE_SLUGS.map((slug, i) => `${i + 1}. ${slug}`));
    expect(content.pages.map((p) => p.slug)).toEqual(["about"]);
  });

  it("orders articles newest first", () => {
    expect(content.articles[0]!.slug).toBe("second-article");
  });

  it("normalises dates and keeps the source credit", () => {
    expect(first.published).toBe("2026-01-02");
    expect(first.updated).toBe("2026-01-03");
    expect(first.source).toEqual({ title: "The Original First Article", author: "A. Writer", updated: "2016-12-28" });
  });

  // Every rendered part of the article: its introduction and each passage's text.
  const html = [first.introHtml, ...first.passages.map((p) => p.html)].join("\n");

  it("gives headings GitHub's anchors, numbered when a heading repeats", () => {
    expect(first.passages.map((p) => p.id)).toEqual(["1-give-them-space", "a-detail", "dont-beg--or-threaten", "1-give-them-space-1"]);
    expect(first.passages.map((p) => p.depth)).toEqual([2, 3, 2, 2]);
  });

  it("returns data, not page markup: no headings, links to sections or tag chips in the HTML", () => {
    expect(html).not.toMatch(/<h\d|heading-anchor|class="chip|href="\/tags\//);
    expect(first.introHtml).toBe("<p>An introduction about giving space after a breakup.</p>");
  });

  it("drops raw HTML from markdown", () => {
    expect(html).not.toContain("<script");
    expect(html).not.toContain("alert(");
    expect(html).not.toContain("onclick");
    expect(html).toContain("Apologize once, sincerely.");
  });

  it("renders editor's notes as a marked callout", () => {
    expect(first.passages[0]!.html).toMatch(/<div class="editor-note" role="note">\s*<p><strong>Editor's note:<\/strong>/);
  });

  it("splits the text into passages with tags, stages and a short excerpt", () => {
    const passage = first.passages.find((p) => p.id === "1-give-them-space")!;
    expect(passage.heading).toBe("1. Give them space");
    expect(passage.tags).toEqual(["no-contact"]);
    expect(passage.stages).toContain("taking-space");
    expect(passage.text).toContain("Space is about respect");
    expect(passage.excerpt).not.toContain("Space is about respect"); // editor's notes are not the author's prose
    expect(first.passages.find((p) => p.id === "a-detail")!.tags).toEqual([]);
  });

  it("places a safety rule as a marked box with the rule's own words, kept out of the passage's own text", () => {
    const detail = first.passages.find((p) => p.id === "a-detail")!;
    expect(detail.html).toMatch(/<div class="safety-rule" role="note">\s*<p><strong>What counts as a no<\/strong><\/p>\s*<p>If they blocked you or stopped replying, take it as a no\.<\/p>/);
    expect(detail.text).toBe("Some nested detail about silence.");
  });

  it("flags a page that places a safety rule, so it shows the safety banner; a rule without the flag does not", () => {
    expect(first.placesSafetyRule).toBe(false);
    const stage = "---\ntitle: Stage moving-on\nsummary: S.\ndescription: D.\nreviewed: 2026-01-03\nallowsContact: false\n---\n## What helps\n\nIf you have thoughts of suicide, tell someone.\n\n::rule{name=\"crisis\"}\n";
    const placed = loadContentFrom(fixtureSite({ "stages/moving-on.md": stage })).stages.find((s) => s.slug === "moving-on")!;
    expect(placed.placesSafetyRule).toBe(true);
  });

  it("carries the safety and contact decisions of the front matter", () => {
    expect(content.tags.filter((t) => t.safety).map((t) => t.slug)).toEqual(["red-flags"]);
    expect(content.stages.filter((s) => s.allowsContact).map((s) => s.slug)).toEqual(["reaching-out", "rebuilding"]);
    expect(content.tags.filter((t) => !t.allowsContact).map((t) => t.slug)).toEqual(["no-contact"]);
    expect(content.stages.every((s) => !s.safety)).toBe(true);
    expect(content.pages.every((p) => !p.safety)).toBe(true);
    expect(content.articles.every((a) => !a.safety)).toBe(true);
    const passages = content.articles.flatMap((a) => a.passages);
    expect(passages.filter((p) => p.advisesContact).map((p) => p.id)).toEqual(["write-one-short-message"]);
  });

  describe("the contact gate", () => {
    const contact = content.articles.flatMap((a) => a.passages).find((p) => p.id === "write-one-short-message")!;

    it("stands at the top of every passage that advises contact, with its three rules in their own words", () => {
      expect(contact.html).toMatch(/^<details class="contact-gate" open>\s*<summary><strong>Three checks before any contact\.<\/strong> Only if they haven't said or shown a no, and there was no violence, threats or control either way\.<\/summary>/);
      const titles = [...contact.html.matchAll(/<div class="safety-rule" role="note">\s*<p><strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
      expect(titles).toEqual(["What counts as a no", "If you were violent, threatening or controlling", "If they were violent, threatening or controlling towards you"]);
      expect(contact.html).toContain('href="/help#abuse"');
      expect(contact.html.indexOf("</details>")).toBeLessThan(contact.html.indexOf("one short, honest message"));
    });

    it("is left out of the passage's own text, and listings get no excerpt of contact advice", () => {
      expect(contact.text).toBe("If they have not asked for distance, one short, honest message is enough.");
      expect(contact.excerpt).toBeNull();
      expect(first.passages.every((p) => typeof p.excerpt === "string")).toBe(true);
    });

    it("brings the safety banner, as its rules for violence, threats and control do anywhere", () => {
      expect(content.articles.find((a) => a.slug === "second-article")!.placesSafetyRule).toBe(true);
    });

    it("is folded where the passage just above shows it already, its conditions still in view", () => {
      const article = `---
title: "Two in a row"
description: "Two contact passages one after the other."
published: 2026-01-02
updated: 2026-01-02
reviewed: 2026-01-03
source:
  title: "Somewhere"
sections:
  say-sorry:
    stages: [reaching-out]
    advisesContact: true
    questions: ["how do i say sorry", "is one apology enough", "what if they do not answer"]
  listen:
    stages: [reaching-out]
    advisesContact: true
    questions: ["how do i listen well", "what if they are angry", "should i explain myself"]
  take-space:
    stages: [taking-space]
    advisesContact: false
    questions: ["how long do i wait", "should i stop texting", "do i need time apart"]
  ask-once:
    stages: [reaching-out]
    advisesContact: true
    questions: ["can i ask why it ended", "how many times can i ask", "what if they say no"]
---
Intro.

## Say sorry

Say it once.

## Listen

Hear them out.

## Take space

Step back.

## Ask once

Ask what they need.
`;
      const passages = loadContentFrom(fixtureSite({ "articles/two-in-a-row.md": article })).articles.find((a) => a.slug === "two-in-a-row")!.passages;
      expect(passages.map((p) => p.html.match(/^<details class="contact-gate"( open)?>/)?.[1] ?? (p.html.startsWith("<details") ? "" : "none"))).toEqual([" open", "", "none", " open"]);
      expect(passages[1]!.html).toContain("Only if they haven't said or shown a no");
      expect(passages[1]!.html).toContain("If they were violent, threatening or controlling towards you");
    });

    it("is placed in a page by ::contact-gate, as on the stage that listings link to for the checks", () => {
      const stage = content.stages.find((s) => s.slug === "reaching-out")!;
      const checks = stage.sections.find((s) => s.id === "three-checks-before-any-contact")!;
      expect(checks.html).toMatch(/^<details class="contact-gate" open>/);
      expect(stage.placesSafetyRule).toBe(true);
    });
  });

  it("counts words and reading time", () => {
    expect(first.wordCount).toBeGreaterThan(30);
    expect(first.readingMinutes).toBe(1);
  });

  it("reads each folder once per process", async () => {
    const { loadContent } = await import("@/lib/content/load");
    expect(loadContent(VALID)).toBe(loadContent(VALID));
  });
});
