import { readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContentError, loadContentFrom } from "@/lib/content/load";
import { HELP_SERVICES } from "@/lib/help-resources";
import { badFixture, fixtureSite, VALID } from "./helpers";

function problemsOf(dir: string): string[] {
  try {
    loadContentFrom(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error("expected the content to be refused");
}

/** Each bad fixture is dropped into a copy of the valid site; the message names file and field. */
const cases: [fixture: string, target: string, message: string | RegExp][] = [
  ["missing-title.md", "articles/missing-title.md", "content/articles/missing-title.md: title: title is required"],
  ["empty-title.md", "articles/empty-title.md", "content/articles/empty-title.md: title: title must not be empty"],
  ["description-too-long.md", "articles/description-too-long.md", "content/articles/description-too-long.md: description: description must be at most 160 characters"],
  ["invalid-date.md", "articles/invalid-date.md", 'content/articles/invalid-date.md: published: "2026-13-45" is not a valid date (expected YYYY-MM-DD)'],
  ["unknown-tag.md", "articles/unknown-tag.md", 'content/articles/unknown-tag.md: tags[1]: "no-contacts" is not a tag (expected one of: no-contact, self-reflection, apology, red-flags)'],
  ["unknown-stage.md", "articles/unknown-stage.md", 'content/articles/unknown-stage.md: stages[0]: "grieving" is not a stage (expected one of: just-broke-up'],
  ["unknown-anchor.md", "articles/unknown-anchor.md", 'content/articles/unknown-anchor.md: sections.no-such-heading: no heading has the anchor "no-such-heading" (anchors: a-real-heading)'],
  ["empty-body.md", "articles/empty-body.md", "content/articles/empty-body.md: body: the file has no text after its front matter"],
  ["malformed-yaml.md", "articles/malformed-yaml.md", /^content\/articles\/malformed-yaml\.md: front matter: malformed YAML \(/],
  ["Not A Slug.md", "articles/Not A Slug.md", 'content/articles/Not A Slug.md: file name: "Not A Slug" is not a valid slug'],
  ["second-article.markdown", "articles/second-article.markdown", 'content/articles/second-article.md: slug: duplicate slug "second-article"'],
  ["alias-collision.md", "articles/alias-collision.md", 'content/articles/alias-collision.md: aliases[0]: "second-article" collides with the slug or alias of content/articles/second-article.md'],
  ["unknown-field.md", "articles/unknown-field.md", "content/articles/unknown-field.md: front matter: unknown field tagz"],
  ["missing-advises-contact.md", "articles/missing-advises-contact.md", "content/articles/missing-advises-contact.md: sections.a-passage.advisesContact: advisesContact is required: does this passage advise contacting the ex? (true or false)"],
  ["unmapped-passage.md", "articles/unmapped-passage.md", "content/articles/unmapped-passage.md: sections.a-passage-nobody-mapped: missing (every passage says its tags, stages and advisesContact: true or false)"],
  ["too-few-questions.md", "articles/too-few-questions.md", "content/articles/too-few-questions.md: sections.a-passage.questions: list at least 3 questions the passage answers"],
  ["stage-without-contact-decision.md", "stages/moving-on.md", "content/stages/moving-on.md: allowsContact: allowsContact is required: does this stage's guidance allow contacting the ex? (true or false)"],
  // The safety checks (lib/content/safety.ts).
  ["advises-contact-on-no-contact-stage.md", "articles/advises-contact-on-no-contact-stage.md", 'content/articles/advises-contact-on-no-contact-stage.md: sections.send-one-short-message.stages[1]: the passage advises contact (advisesContact: true) but the stage "moving-on" does not allow contact (allowsContact: false)'],
  ["advises-contact-on-no-contact-tag.md", "articles/advises-contact-on-no-contact-tag.md", 'content/articles/advises-contact-on-no-contact-tag.md: sections.send-one-short-message.tags[1]: the passage advises contact (advisesContact: true) but the tag "no-contact" does not allow contact (allowsContact: false)'],
  // Pages for keeping apart lead nowhere near contact advice: not by a link, not by a topic chip.
  ["keep-apart-stage-links-contact.md", "stages/moving-on.md", 'content/stages/moving-on.md: tags[1]: the stage keeps readers apart (allowsContact: false) but lists the topic "apology", which allows contact'],
  ["keep-apart-stage-links-contact.md", "stages/moving-on.md", 'content/stages/moving-on.md: body: the passage "A healthy next step" links /articles/second-article#write-one-short-message, a passage that advises contact, but the stage keeps readers apart (allowsContact: false)'],
  // The contact gate: placed by the build, so never by hand in a contact passage; and where listings send readers for it.
  ["contact-passage-places-gate-rule.md", "articles/contact-passage-places-gate-rule.md", 'content/articles/contact-passage-places-gate-rule.md: line 25: the passage "Send one short message" advises contact, so the build places the contact gate at its top; remove ::rule{name="what-counts-as-a-no"}'],
  ["reaching-out-without-checks.md", "stages/reaching-out.md", 'content/stages/reaching-out.md: body: the passage "Three checks before any contact" is where listings send readers for the contact checks, but it does not show them: add ::contact-gate'],
  ["safety-passage-without-help.md", "articles/safety-passage-without-help.md", 'content/articles/safety-passage-without-help.md: body: the passage "When they say they will hurt themselves" mentions someone threatening to hurt themselves ("hurt themselves") but links none of /help#someone-threatens-self-harm, /help#crisis'],
  ["stage-safety-without-help.md", "stages/moving-on.md", 'content/stages/moving-on.md: body: the passage "When it was unsafe" mentions violence, threats or abuse ("abusive") but links none of /help#abuse'],
  ["crisis-without-rule.md", "articles/crisis-without-rule.md", 'content/articles/crisis-without-rule.md: body: the passage "Dark thoughts" mentions thoughts of suicide or self-harm ("suicide") but does not place its rule: add ::rule{name="crisis"} on a line of its own'],
  ["control-without-abuse-link.md", "articles/control-without-abuse-link.md", 'content/articles/control-without-abuse-link.md: body: the passage "Checking up on them" mentions control, monitoring or blackmail ("checking their phone") but links none of /help#abuse, /help#own-behaviour'],
  ["image-without-help.md", "articles/image-without-help.md", 'content/articles/image-without-help.md: body: the passage "Photos" mentions intimate images shared or threatened ("intimate images") but links none of /help#image-abuse'],
  ["harmed-them-without-rule.md", "articles/harmed-them-without-rule.md", 'content/articles/harmed-them-without-rule.md: body: the passage "If it was you" speaks to a reader who harmed their ex ("you were ever violent") but does not place their rule: add ::rule{name="if-you-harmed-them"}'],
  ["support-before-contact.md", "articles/support-before-contact.md", 'content/articles/support-before-contact.md: body: the passage "If you hurt them" presents support as a step before contact ("Get proper support first")'],
  ["typed-phone-number.md", "articles/typed-phone-number.md", 'content/articles/typed-phone-number.md: body: the passage "Where to call" types the phone number "116 123"; numbers live only in lib/help-lines.json'],
  ["unknown-rule.md", "articles/unknown-rule.md", 'content/articles/unknown-rule.md: line 23: unknown rule "no-such-rule" (rules: crisis, if-they-harmed-you, if-you-harmed-them, what-counts-as-a-no)'],
  ["rule-with-heading.md", "rules/with-heading.md", 'content/rules/with-heading.md: body: a rule has no headings (it is placed inside a passage); "A heading" is one'],
];

describe("bad content is refused with file and field", () => {
  it.each(cases)("%s", (fixture, target, message) => {
    const problems = problemsOf(fixtureSite({ [target]: badFixture(fixture) }));
    const hit = problems.find((p) => (typeof message === "string" ? p.startsWith(message) : message.test(p)));
    expect(hit, `problems were:\n${problems.join("\n")}`).toBeDefined();
  });

  it("refuses a stage that no passage lists, so a typo cannot empty its page", () => {
    const dir = fixtureSite();
    const problems = problemsOf(
      fixtureSite({
        "articles/first-article.md": firstArticleOf(dir).replace("stages: [reaching-out, rebuilding, moving-on]", "stages: [reaching-out, rebuilding]"),
      }),
    );
    expect(problems).toContain('content/stages/moving-on.md: passages: no article section lists the stage "moving-on", so its page would be empty');
  });

  it("checks each passage on its own: a /help link elsewhere in the file does not count", () => {
    const problems = problemsOf(fixtureSite({ "articles/safety-passage-without-help.md": badFixture("safety-passage-without-help.md") }));
    const ours = problems.filter((p) => p.startsWith("content/articles/safety-passage-without-help.md"));
    // The introduction links /help and "Looking after yourself" touches nothing: only the one passage is refused.
    expect(ours).toHaveLength(1);
  });

  it("accepts the same passage once it links a part of /help that answers it", () => {
    for (const link of ["/help#someone-threatens-self-harm", "/help#crisis"]) {
      const fixed = badFixture("safety-passage-without-help.md").replace("not a reason to stay.", `not a reason to stay. [Here is what to do](${link}).`);
      expect(() => loadContentFrom(fixtureSite({ "articles/safety-passage-without-help.md": fixed }))).not.toThrow();
    }
  });

  it("does not take the bare help page, another part of it or a look-alike URL for the part that answers", () => {
    for (const link of ["/help", "/help#image-abuse", "/helpful-tips#crisis"]) {
      const almost = badFixture("safety-passage-without-help.md").replace("not a reason to stay.", `not a reason to stay. [Help](${link}).`);
      expect(problemsOf(fixtureSite({ "articles/safety-passage-without-help.md": almost }))).toHaveLength(1);
    }
  });

  it("accepts crisis words once the passage places the crisis rule, whose lines come from the help data", () => {
    const placed = badFixture("crisis-without-rule.md").replace("lists lines to call.", 'lists lines to call.\n\n::rule{name="crisis"}');
    const content = loadContentFrom(fixtureSite({ "articles/crisis-without-rule.md": placed }));
    const html = content.articles.find((a) => a.slug === "crisis-without-rule")!.passages[0]!.html;
    for (const service of HELP_SERVICES.filter((s) => s.topic === "crisis")) expect(html).toContain(service.name.replace(/&/g, "&#x26;"));
  });

  it("accepts a typed number inside no passage: a date is not a phone number", () => {
    const dated = badFixture("typed-phone-number.md").replace("Samaritans answer on 116 123 at any hour.", "We checked this on 2026-12-01.");
    expect(() => loadContentFrom(fixtureSite({ "articles/typed-phone-number.md": dated }))).not.toThrow();
  });

  it("lets contact advice sit on stages that allow contact", () => {
    const fixed = badFixture("advises-contact-on-no-contact-stage.md").replace("stages: [reaching-out, moving-on]", "stages: [reaching-out]");
    expect(() => loadContentFrom(fixtureSite({ "articles/advises-contact-on-no-contact-stage.md": fixed }))).not.toThrow();
  });

  it("needs every rule of the contact gate, as it needs every tag and stage", () => {
    const dir = fixtureSite();
    rmSync(`${dir}/rules/if-they-harmed-you.md`);
    expect(problemsOf(dir)).toContain("content/rules/if-they-harmed-you.md: file is missing (the contact gate places it in every passage that advises contact)");
  });

  it("lets a page for keeping apart link the contact checks, the one way it may mention reaching out", () => {
    const fixed = badFixture("keep-apart-stage-links-contact.md").replace("[no-contact, apology]", "[no-contact]").replace("/articles/second-article#write-one-short-message", "/stages/reaching-out#three-checks-before-any-contact");
    expect(() => loadContentFrom(fixtureSite({ "stages/moving-on.md": fixed }))).not.toThrow();
    for (const link of ["/stages/reaching-out", "/stages/rebuilding#what-helps", "/tags/apology"]) {
      const leads = fixed.replace("/stages/reaching-out#three-checks-before-any-contact", link);
      expect(problemsOf(fixtureSite({ "stages/moving-on.md": leads })), link).toHaveLength(1);
    }
  });

  it("refuses a tag file outside the vocabulary and reports a missing one", () => {
    const dir = fixtureSite({ "tags/jealousy.md": "---\nname: Jealousy\ndescription: Not a tag.\nreviewed: 2026-01-03\nallowsContact: true\n---\nText.\n" });
    rmSync(`${dir}/tags/apology.md`);
    const problems = problemsOf(dir);
    expect(problems).toContain('content/tags/jealousy.md: file name: "jealousy" is not a tag (expected one of: no-contact, self-reflection, apology, red-flags)');
    expect(problems).toContain("content/tags/apology.md: file is missing (every tag needs one)");
  });

  it("reports a bad word list in the same run as a bad article, in the same form", () => {
    const problems = problemsOf(
      fixtureSite({
        "articles/unknown-tag.md": badFixture("unknown-tag.md"),
        "search-terms.yaml": "topics:\n  no-contacts:\n    text: [contact]\ngeneral:\n  call: []\n  texting: [message]\n  texted: [message]\n  the: [message]\n",
        "safety-terms.yaml": "crisis:\n  terms: [Suicide!]\n",
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/articles\/unknown-tag\.md: tags\[1\]: /),
        expect.stringMatching(/^content\/search-terms\.yaml: topics\.no-contacts: .*not a tag/),
        "content/search-terms.yaml: general.call: list at least one word",
        "content/safety-terms.yaml: crisis.terms[0]: write entries in lowercase letters, digits and spaces, with an optional * at the end of a word",
      ]),
    );
    const twins = problemsOf(fixtureSite({ "search-terms.yaml": "general:\n  texting: [message]\n  texted: [message]\n  the: [message]\n" }));
    expect(twins).toEqual(['content/search-terms.yaml: general.texted: a form of the same word as general.texting (list its words there)', 'content/search-terms.yaml: general.the: "the" is a filler word the search ignores']);
  });

  it("refuses a bad safety model naming the file and field, like the other lists", () => {
    const model = JSON.parse(readFileSync(`${VALID}/safety-model.json`, "utf8"));
    const problems = problemsOf(fixtureSite({ "safety-model.json": JSON.stringify({ ...model, threshold: 2, weights: { "u:hurt": [1, 2, 3] } }) }));
    expect(problems).toEqual(["content/safety-model.json: threshold: Too big: expected number to be <1", "content/safety-model.json: weights.u:hurt: give one weight per label (none, crisis, threatens-self-harm, abuse, own-behaviour, image-abuse)"]);
    expect(problemsOf(fixtureSite({ "safety-model.json": "{" }))[0]).toMatch(/^content\/safety-model\.json: malformed YAML/);
  });

  it("lists every problem at once, one line each", () => {
    const dir = fixtureSite({ "articles/unknown-tag.md": badFixture("unknown-tag.md"), "articles/invalid-date.md": badFixture("invalid-date.md") });
    try {
      loadContentFrom(dir);
    } catch (error) {
      expect((error as Error).message).toMatch(/^Invalid content \(2 problems\):\n {2}content\/articles\/invalid-date\.md: published: .*\n {2}content\/articles\/unknown-tag\.md: tags\[1\]/);
      return;
    }
    throw new Error("expected failure");
  });
});

/** The valid fixture's first article as text, to derive a broken variant from. */
function firstArticleOf(dir: string): string {
  return readFileSync(`${dir}/articles/first-article.md`, "utf8");
}
