/**
 * Snippets and highlighting, on made-up text: which words get marked (every form of a matched term,
 * whole words only, accented letters too), and where the window of a long passage sits.
 */
import { describe, expect, test } from "vitest";
import { highlight, snippet, type Segment } from "@/lib/search/snippet";
import { indexTerm } from "@/lib/text";

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const text = (segments: Segment[]) => segments.map((s) => s.text).join("");
const terms = (...words: string[]) => words.map((w) => indexTerm(w)!);

describe("highlighting", () => {
  test("marks every form of a matched word, and nothing inside other words", () => {
    const line = "Apologising is hard; an apology (apologies, even) beats a reapology or 'napology'.";
    const segments = highlight(line, terms("apology"));
    expect(text(segments)).toBe(line);
    expect(marked(segments)).toEqual(["Apologising", "apology", "apologies"]);
  });

  test("a word with an inner apostrophe stays one word", () => {
    expect(marked(highlight("Don't text; t'was text.", terms("text")))).toEqual(["text", "text"]);
    expect(marked(highlight("o'contact and contact", terms("contact")))).toEqual(["contact"]);
  });

  test("accented letters match their plain form, whichever way text is scanned", () => {
    expect(marked(highlight("Émile met emile at the café — cafe", terms("emile", "cafe")))).toEqual(["Émile", "emile", "café", "cafe"]);
  });
});

describe("snippets", () => {
  const filler = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${from + i}`).join(" ");

  test("a short passage is shown whole, with its whitespace collapsed", () => {
    const segments = snippet("Give  them\nspace.", terms("space"));
    expect(text(segments)).toBe("Give them space.");
    expect(marked(segments)).toEqual(["space"]);
  });

  test("a long passage shows the window around its densest cluster of matches", () => {
    const passage = `${filler(40)} space ${filler(60, 40)} space give them space, real space ${filler(80, 100)}`;
    const shown = text(snippet(passage, terms("space")));
    expect(shown.startsWith("... ")).toBe(true);
    expect(shown.endsWith(" ...")).toBe(true);
    expect(shown).toContain("space give them space, real space");
    expect(shown.split(" ").filter((w) => w !== "...")).toHaveLength(32);
  });

  test("a match far into a very long passage is not looked for: the cost stays bounded", () => {
    const passage = `${filler(400)} space`;
    const segments = snippet(passage, terms("space"));
    expect(marked(segments)).toEqual([]);
    expect(text(segments)).toMatch(/^word0 .* \.\.\.$/);
  });
});
