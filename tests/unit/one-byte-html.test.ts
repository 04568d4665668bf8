import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOneByte, toOneByteHtml } from "@/lib/serving/one-byte-html.mjs";

// The build rewrites every prerendered page so V8 holds it one byte per character (lib/serving/one-byte-html.mjs).
// What must hold: no character above U+00FF is left, and the document means the same. A real HTML
// parser checks the meaning in the browser tests (tests/e2e/serving.spec.ts); these check the rules.

/** The value of a script that is one JavaScript expression statement, evaluated in a fresh context. */
const evaluate = (source: string) => vm.runInNewContext(`(${source})`);

/** What a numeric character reference decodes to (the HTML standard's rule for &#x…;). */
const decodeReferences = (html: string) => html.replace(/&#x([0-9A-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

const RSC = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text])})</script>`;

describe("pages rewritten to one byte per character", () => {
  it("leaves a page that is already Latin-1 untouched (the same string)", () => {
    const html = `<p title="café · naïve">Ça va? ½ × ¾ «oui»</p><script>"é"</script>`;
    expect(toOneByteHtml(html)).toBe(html);
  });

  it("writes wide characters in text, attributes and the title as character references", () => {
    const html = `<title>It’s “fine”</title><p data-x="a…b">Don’t — ok 😀</p>`;
    const out = toOneByteHtml(html);
    expect(out).toBe(`<title>It&#x2019;s &#x201C;fine&#x201D;</title><p data-x="a&#x2026;b">Don&#x2019;t &#x2014; ok &#x1F600;</p>`);
    expect(isOneByte(out)).toBe(true);
    expect(decodeReferences(out)).toBe(html);
  });

  it("writes them as escapes inside scripts, where references mean nothing, and the script's value is unchanged", () => {
    const text = "It’s “fine” … 😀 and a \\ backslash, a \" quote and é";
    const out = toOneByteHtml(RSC(text));
    expect(isOneByte(out)).toBe(true);
    expect(out).not.toContain("&#x");
    const source = (html: string) => html.replace(/^<script>self\.__next_f\.push\(/, "").replace(/\)<\/script>$/, "");
    expect(evaluate(source(out))).toEqual([1, text]);
    // JSON too (structured data is JSON inside <script type="application/ld+json">).
    expect(JSON.parse(source(out))).toEqual([1, text]);
  });

  it("keeps an identity escape's meaning: \\’ in a script string is ’", () => {
    const source = `"a\\’b \\\\’c"`; // "a\’b \\’c": an escaped ’, then an escaped backslash and a bare ’
    const out = toOneByteHtml(`<script>${source}</script>`).slice("<script>".length, -"</script>".length);
    expect(isOneByte(out)).toBe(true);
    expect(evaluate(out)).toBe(evaluate(source));
  });

  it("writes CSS escapes inside <style>", () => {
    expect(toOneByteHtml(`<style>q::before{content:"“"}</style><q>’</q>`)).toBe(`<style>q::before{content:"\\201C "}</style><q>&#x2019;</q>`);
  });

  it("treats '<script>' inside an attribute value as text, not as the start of a script", () => {
    const html = `<a title="<script>’">’</a><script>"’"</script>`;
    expect(toOneByteHtml(html)).toBe(`<a title="<script>&#x2019;">&#x2019;</a><script>"\\u2019"</script>`);
  });

  it("holds for any text in markup and in script strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (text, scripted) => {
        // Markup text as React writes it (the characters HTML reserves escaped).
        const markup = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        const out = toOneByteHtml(`<p>${markup}</p>${RSC(scripted)}<p>${markup}</p>`);
        expect(isOneByte(out)).toBe(true);
        const [, first, script, last] = /^<p>([\s\S]*)<\/p><script>self\.__next_f\.push\(([\s\S]*)\)<\/script><p>([\s\S]*)<\/p>$/.exec(out)!;
        expect(decodeReferences(first!)).toBe(markup);
        expect(decodeReferences(last!)).toBe(markup);
        expect(JSON.parse(script!)).toEqual([1, scripted]);
      }),
    );
  });
});
