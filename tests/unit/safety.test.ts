/**
 * The safety vocabulary (content/safety-terms.yaml through lib/safety-terms.ts): the words our prose
 * uses for each danger, as the build checks passages with them, and the per-passage checks of
 * lib/content/safety.ts. (How search reads a reader's query is the safety grammar's job.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/markdown";
import { passageSafetyProblems } from "@/lib/content/safety";
import { parseSafetyVocabulary } from "@/lib/content/term-lists";
import { compileSafetyMatcher, normaliseForSafety, type SafetyKind } from "@/lib/safety-terms";

const vocabulary = parseSafetyVocabulary(readFileSync(path.join(__dirname, "..", "..", "content", "safety-terms.yaml"), "utf8"), [])!;
const prose = compileSafetyMatcher(vocabulary);
const kindsOf = (match: typeof prose, text: string) => match(text).map((m) => m.kind);

// Sentences as the site's prose might write them, and the kind each must be recognised as.
const inProse: [text: string, kind: SafetyKind][] = [
  ["Some people have suicidal thoughts after a breakup.", "crisis"],
  ["Self-harm is never something to keep to yourself.", "crisis"],
  ["If you feel like you might hurt yourself, tell someone.", "crisis"],
  ["Some nights I don’t want to be here any more.", "crisis"],
  ["He said he would kill himself if I left.", "threatens-self-harm"],
  ["They threatened to hurt themselves if you went.", "threatens-self-harm"],
  ["An abusive ex may seem calm at first.", "abuse"],
  ["Any violence ends the conversation.", "abuse"],
  ["Never threaten them.", "abuse"],
  ["Coercive control is abuse.", "abuse"],
  ["Checking their phone is not care.", "control"],
  ["Deciding who they could see is control.", "control"],
  ["Tracking every account they have is monitoring.", "control"],
  ["Blackmail is never a way back.", "control"],
  ["Turning up at their work is stalking.", "stalking"],
  ["They might share intimate images of you.", "image-abuse"],
  ["Couples counselling can help some couples.", "couples-counselling"],
];

// Everyday sentences that must not ask for help links.
const everyday = [
  "Give them space and look after yourself.",
  "A threadbare excuse is still an excuse.",
  "Harmony takes work from both of you.",
  "Hurt feelings are normal.",
  "The counsellor helped me on my own.",
  "Self-reflection is where change starts.",
  "Intimate conversations take trust.",
  "Keep track of your own progress in a notebook.",
  "White lies still wear trust down.",
  "Check your own phone less often tonight.",
];

describe("the safety vocabulary", () => {
  it.each(inProse)("recognises %j", (text, kind) => {
    expect(kindsOf(prose, text)).toContain(kind);
  });

  it.each(everyday)("leaves %j alone", (text) => {
    expect(prose(text)).toEqual([]);
  });

  it("reads apostrophes the way readers type them: don't, don’t and dont alike", () => {
    expect(normaliseForSafety("I don’t want to live")).toBe(normaliseForSafety("i dont want to live"));
    expect(kindsOf(prose, "I don’t want to live")).toEqual(kindsOf(prose, "i dont want to live"));
  });

  it("refuses a malformed vocabulary with the field named", () => {
    const problemsOf = (text: string) => {
      const problems: string[] = [];
      expect(parseSafetyVocabulary(text, problems)).toBeUndefined();
      return problems.join("\n");
    };
    expect(problemsOf("crisis:\n  terms: [Suicide!]\n")).toMatch(/content\/safety-terms\.yaml: crisis\.terms\[0\]: write entries in lowercase/);
    expect(problemsOf("crisis:\n  terms: [suicid*]\n")).toMatch(/content\/safety-terms\.yaml: abuse: /);
  });
});

describe("each passage points to the part of /help that answers it", () => {
  const check = (markdown: string) => passageSafetyProblems("content/pages/x.md", parseMarkdown(markdown), prose);

  it("names the introduction or the passage by its heading, and the words that matched", () => {
    expect(check("Some people stalk an ex.\n\n## After a threat\n\nKeep a record.\n\n## Sleep\n\nRest.")).toEqual([
      'content/pages/x.md: body: the introduction mentions stalking or harassment ("stalk") but links none of /help#abuse, /help#own-behaviour, /help#in-danger (add a link such as [where to get help](/help#abuse))',
      'content/pages/x.md: body: the passage "After a threat" mentions violence, threats or abuse ("threat") but links none of /help#abuse, /help#own-behaviour, /help#in-danger, /help#someone-threatens-self-harm (add a link such as [where to get help](/help#abuse))',
    ]);
  });

  it("accepts inline and reference-style links to the right part inside the passage", () => {
    expect(check("## Abuse\n\nYou can [call someone](/help#abuse).")).toEqual([]);
    expect(check("## Abuse\n\nYou can [call someone][help].\n\n[help]: /help#abuse")).toEqual([]);
  });

  it("wants each kind answered: an abuse link does not cover image threats", () => {
    expect(check("## Photos\n\nThreats to share intimate images are abuse. [Get help](/help#abuse).")).toEqual([
      'content/pages/x.md: body: the passage "Photos" mentions intimate images shared or threatened ("intimate images") but links none of /help#image-abuse (add a link such as [where to get help](/help#image-abuse))',
    ]);
  });

  it("does not count a link in a nested heading's passage for its parent", () => {
    expect(check("## Abuse\n\nIt is never your fault.\n\n### Where to go\n\n[Support](/help#abuse).")).toHaveLength(1);
  });

  it("reads 'support first' as a route back to the ex, however it is linked", () => {
    expect(check("## If it was you\n\nGet support for your behaviour first. [Lines that help you stop](/help#own-behaviour).")[0]).toMatch(
      /presents support as a step before contact \("Get support for your behaviour first"\)/,
    );
    expect(check("## If it was you\n\nNo contact with your ex while you get it.")[0]).toMatch(/presents support as a step before contact/);
  });
});
