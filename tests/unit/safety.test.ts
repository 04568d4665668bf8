/** The safety pattern of lib/content/safety.ts: what makes a passage one that must link /help. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/markdown";
import { helpLinkProblems, isHelpLink, safetyMatch, SAFETY_PATTERN } from "@/lib/content/safety";

// The pattern as written in the shared contract (BRIEF.md); ours is built from commented parts and
// must behave the same on every example below.
const CONTRACT = /\b(suicid\w*|self[- ]harm\w*|(?:kill|hurt|harm)(?:ing)? (?:my|your|him|her|them|our)sel(?:f|ves)|end (?:my|your|his|her|their) (?:own )?life|(?:don'?t|do not|no longer) want to (?:live|be alive|be here)|(?:can'?t|couldn'?t|cannot|could not) (?:live|survive|go on) without|abus\w*|violen\w*|threat\w*|coerci\w*|stalk\w*|intimate (?:photo|image|picture|video)s?|couples? (?:counsel\w*|therap\w*))/i;

const touches: [text: string, matched: string][] = [
  ["Some people have suicidal thoughts after a breakup.", "suicidal"],
  ["Self-harm is never something to keep to yourself.", "Self-harm"],
  ["She said she was self harming again.", "self harming"],
  ["If you feel like hurting yourself, call now.", "hurting yourself"],
  ["He said he would kill himself if I left.", "kill himself"],
  ["They threatened to harm themselves.", "threatened"],
  ["I just want to end my own life.", "end my own life"],
  ["Some nights I don’t want to be here any more.", "don't want to be here"],
  ["I no longer want to live like this.", "no longer want to live"],
  ["You feel you couldn’t survive without them.", "couldn't survive without"],
  ["I cannot go on without her.", "cannot go on without"],
  ["Abuse is not always physical.", "Abuse"],
  ["An abusive ex may seem calm at first.", "abusive"],
  ["Any violence ends the conversation.", "violence"],
  ["He was never violent, but he frightened me.", "violent"],
  ["Never threaten them.", "threaten"],
  ["Coercive control is abuse.", "Coercive"],
  ["Turning up at their work is stalking.", "stalking"],
  ["Threats to share intimate photos are a crime in many places.", "Threats"],
  ["They might share intimate images of you.", "intimate images"],
  ["Couples counselling can help some couples.", "Couples counselling"],
  ["Try couple therapy together.", "couple therapy"],
];

const safe = [
  "Give them space and look after yourself.",
  "A threadbare excuse is still an excuse.", // thread… is not threat…
  "Harmony takes work from both of you.",
  "I can't live in that flat any more.", // "live" without "without"
  "Hurt feelings are normal.",
  "The counsellor helped me on my own.",
  "Self-reflection is where change starts.",
  "She ended the relationship in spring.",
  "Intimate conversations take trust.",
  "Unabused is not a word we use.", // \b: the pattern does not match inside a word
];

describe("the safety pattern", () => {
  it.each(touches)("matches %j", (text, matched) => {
    expect(safetyMatch(text)).toBe(matched);
    expect(CONTRACT.test(text.replace(/’/g, "'"))).toBe(true);
  });

  it.each(safe)("leaves %j alone", (text) => {
    expect(safetyMatch(text)).toBeUndefined();
    expect(CONTRACT.test(text)).toBe(false);
  });

  it("reads typographic apostrophes as plain ones", () => {
    expect(safetyMatch("I don’t want to live without you")).toBe("don't want to live");
    expect(safetyMatch("I can‘t go on without you")).toBe("can't go on without");
  });

  it("is the contract's pattern", () => {
    expect(SAFETY_PATTERN.source).toBe(CONTRACT.source);
    expect(SAFETY_PATTERN.flags).toBe("i");
  });
});

describe("links that count as pointing to /help", () => {
  it.each(["/help", "/help#crisis", "/help#someone-threatens-self-harm", "/help?country=uk"])("%s counts", (url) => {
    expect(isHelpLink(url)).toBe(true);
  });
  it.each(["/helpful", "/about#help", "https://example.com/help", "help", "/tags/red-flags"])("%s does not", (url) => {
    expect(isHelpLink(url)).toBe(false);
  });
});

describe("passages that touch safety must link /help in the same passage", () => {
  const check = (markdown: string) => helpLinkProblems("content/pages/x.md", parseMarkdown(markdown));

  it("names the introduction or the passage by its heading, and the words that matched", () => {
    expect(check("Some people stalk an ex.\n\n## After a threat\n\nKeep a record.\n\n## Sleep\n\nRest.")).toEqual([
      'content/pages/x.md: body: the introduction mentions self-harm, threats or abuse but does not link /help (it says "stalk"; add a link such as [support lines](/help))',
      'content/pages/x.md: body: the passage "After a threat" mentions self-harm, threats or abuse but does not link /help (it says "threat"; add a link such as [support lines](/help))',
    ]);
  });

  it("accepts inline and reference-style links to /help inside the passage", () => {
    expect(check("## Abuse\n\nYou can [call someone](/help#abuse).")).toEqual([]);
    expect(check("## Abuse\n\nYou can [call someone][help].\n\n[help]: /help#abuse")).toEqual([]);
  });

  it("does not count a link in a nested heading's passage for its parent", () => {
    expect(check("## Abuse\n\nIt is never your fault.\n\n### Where to go\n\n[Support](/help).")).toHaveLength(1);
  });
});
