/**
 * The contact gate on the real content: every passage that advises contact shows the three checks,
 * no listing can show a cut of contact advice, the checks that listings link to include an ex who hurt
 * the reader, and the pages for keeping apart carry no contact advice.
 */
import { describe, expect, it } from "vitest";
import { CONTACT_GATE, getArticles, getStage, getStages, getTags, passagesForStage, passagesWithTag } from "@/lib/content";
import { loadContent } from "@/lib/content/load";

const passages = getArticles().flatMap((a) => a.passages);
const contact = passages.filter((p) => p.advisesContact);
const ruleTitles = (html: string) => [...html.matchAll(/<div class="safety-rule" role="note">\s*<p><strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
const GATE_TITLES = ["What counts as a no", "If you were violent, threatening or controlling", "If they were violent, threatening or controlling towards you"];

describe("the contact gate on the site's content", () => {
  it("has three checks: a no, the reader's own violence, threats or control, and the ex's towards the reader", () => {
    expect(CONTACT_GATE.rules).toEqual(["what-counts-as-a-no", "if-you-harmed-them", "if-they-harmed-you"]);
    expect(CONTACT_GATE.conditions).toMatch(/no\b.*violence, threats or control either way/);
  });

  it.each(contact.map((p) => [`${p.articleSlug}#${p.id}`, p] as const))("%s opens with the gate and has no excerpt", (_, passage) => {
    expect(passage.html.startsWith('<details class="contact-gate"')).toBe(true);
    const gate = passage.html.slice(0, passage.html.indexOf("</details>"));
    expect(ruleTitles(gate)).toEqual(GATE_TITLES);
    expect(gate).toContain(CONTACT_GATE.conditions);
    expect(passage.excerpt).toBeNull();
    // Nothing twice: the gate's rules appear in the passage once each, the gate's own copy.
    for (const title of GATE_TITLES) expect(ruleTitles(passage.html).filter((t) => t === title)).toHaveLength(1);
  });

  it("leaves every other passage its excerpt and no gate of its own making", () => {
    for (const passage of passages.filter((p) => !p.advisesContact)) {
      expect(typeof passage.excerpt).toBe("string");
      expect(passage.html.startsWith("<details")).toBe(false);
    }
  });

  it("holds the checks in full where listings send readers, an ex who hurt the reader included", () => {
    const stage = getStage(CONTACT_GATE.checksStage)!;
    const checks = stage.sections.find((s) => s.id === CONTACT_GATE.checksAnchor)!;
    expect(checks.heading).toBe(CONTACT_GATE.title);
    expect(ruleTitles(checks.html)).toEqual(GATE_TITLES);
    expect(checks.html).toContain('href="/help#abuse"');
  });

  it("keeps contact advice off every stage and topic for keeping apart", () => {
    const { stages, tags } = loadContent();
    expect(tags.filter((t) => !t.allowsContact).map((t) => t.slug)).toEqual(["no-contact", "self-reflection", "red-flags"]);
    for (const stage of stages.filter((s) => !s.allowsContact)) expect(passagesForStage(stage.slug).filter((p) => p.advisesContact)).toEqual([]);
    for (const tag of tags.filter((t) => !t.allowsContact)) expect(passagesWithTag(tag.slug).filter((p) => p.advisesContact)).toEqual([]);
    for (const stage of getStages().filter((s) => !s.allowsContact)) {
      const open = new Set(getTags().filter((t) => t.allowsContact).map((t) => t.slug));
      expect(stage.tags.filter((t) => open.has(t)), stage.slug).toEqual([]);
    }
  });
});
