import { readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { detectNeeds, safetyGrammarSchema, type SafetyGrammar } from "../../lib/safety-grammar";

const grammar: SafetyGrammar = safetyGrammarSchema.parse(yaml.load(readFileSync(path.join(__dirname, "../../content/safety-grammar.yaml"), "utf8")));
const needs = (q: string) => detectNeeds(grammar, q);

describe("the safety grammar reads who does what to whom", () => {
  it.each([
    ["i hit my girlfriend", ["own-behaviour"]],
    ["my girlfriend hit me", ["abuse"]],
    ["i was hit by my ex", ["abuse"]],
    ["he says hell kill himself if i leave", ["threatens-self-harm"]],
    ["i want to kill myself", ["crisis"]],
    ["i threatened to post her pics", ["own-behaviour"]],
    ["i keep checking her location", ["own-behaviour"]],
    ["he checks my location all the time", ["abuse"]],
    ["im scared of him", ["abuse"]],
    ["shes scared of me", ["own-behaviour"]],
  ] as const)("%s → %j", (q, expected) => {
    expect(needs(q)).toEqual(expected);
  });

  it("reads the one held to account as the one who acted", () => {
    expect(needs("got arrested for dv what happens now")).toEqual(["own-behaviour"]);
    expect(needs("i have a court date for harassing my ex")).toEqual(["own-behaviour"]);
    expect(needs("i want him arrested for hitting me")).toEqual(["abuse"]);
    expect(needs("my ex got arrested for stalking me")).toEqual(["abuse"]);
  });

  it("gives a threat to share pictures the help for pictures, and the one who threatens the help to stop", () => {
    expect(needs("she threatened to post my pics")).toContain("image-abuse");
    expect(needs("she threatened to post my pics")).not.toContain("own-behaviour");
    expect(needs("i threatened to post her pics")).toEqual(["own-behaviour"]);
  });

  it.each([
    ["he decides what i wear", ["abuse"]],
    ["i decide what she wears", ["own-behaviour"]],
    ["he makes me hand over my phone every night", ["abuse"]],
    ["i make her hand over her phone every night", ["own-behaviour"]],
    ["he threatened to hurt my dog", ["abuse"]],
    ["he threatened to kill my mum", ["abuse"]],
    ["my gf burns herself when we fight", ["threatens-self-harm"]],
    ["sitting in the bath with a razor", ["crisis"]],
    ["i have bruises from him", ["abuse"]],
    ["she has bruises because of me", ["own-behaviour"]],
  ] as const)("reads roles through the classes: %s → %j", (q, expected) => {
    expect(needs(q)).toEqual(expected);
  });

  it("reads blackmail by someone met online as about pictures", () => {
    expect(needs("a guy i met on tinder is blackmailing me")).toContain("image-abuse");
  });

  it("finds no doer in a clause that opens on no one, nor in a thing someone owns", () => {
    expect(needs("she took the kids and theres nothing left to live for")).toEqual(["crisis"]);
    expect(needs("i took a load of my mums pills")).toEqual(["crisis"]);
    expect(needs("my husbands been sitting in the car in the closed garage")).toEqual(["threatens-self-harm"]);
  });

  it("reads who acts on themselves, and that a goodbye said to everyone is not said by them", () => {
    expect(needs("how do i answer my ex threatening to kill himself")).toEqual(["threatens-self-harm"]);
    expect(needs("my wife has been saying goodbye to everyone")).toEqual(["threatens-self-harm"]);
  });

  it("takes a sentence that starts on the act as the reader's own, when nothing names the reader more plainly", () => {
    expect(needs("grabbed her arm too hard and it left a bruise")).toEqual(["own-behaviour"]);
    expect(needs("how to check my phone for spyware my ex installed")).toEqual(["abuse"]);
  });

  it("reads figures of speech as ordinary words", () => {
    for (const q of ["this breakup is killing me", "i could die of embarrassment", "cutting ties with my ex", "he hit the gym after we split", "overdosed on netflix all weekend", "scared hes moved on", "i want to live with him again", "i could kill him for eating my leftovers lol", "im gonna kill my sister", "my mum is gonna kill me", "tracking my period since the breakup", "shaving my legs in the bath with a new razor", "hitting the gym hard", "shot myself in the foot begging him to stay", "died a little inside when i saw them together", "my ex died of cancer last year and i never got to say sorry"]) {
      expect(needs(q), q).toEqual([]);
    }
    // An idiom guards only its own words: the rest of the sentence is still read.
    expect(needs("i shot myself")).toEqual(["crisis"]);
    expect(needs("i feel like im dying inside and i want to end it all")).toEqual(["crisis"]);
  });

  it("reads a misspelt word as the grammar's word, but not a word the site knows", () => {
    expect(needs("he strnagled me")).toEqual(["abuse"]);
    expect(needs("worried my ex will hurt himslef")).toEqual(["threatens-self-harm"]);
    expect(detectNeeds(grammar, "he strnagled me", ["strnagled"])).toEqual([]);
  });

  it("names a bad entry by its place in the file", () => {
    const result = safetyGrammarSchema.safeParse({ ...grammar, acts: { ...grammar.acts, broken: { words: ["Kill Me"], who: { "reader>*": "crisis" } } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["acts", "broken", "words", 0]);
  });
});
