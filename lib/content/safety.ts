/**
 * The safety rules of the content model (issue 13 §3), checked at build time so the mistakes a
 * careful editorial read found cannot quietly come back:
 *   1. a passage that advises reaching out must not be listed on a stage whose guidance is not to
 *      make contact;
 *   2. every passage whose text touches self-harm, threats or abuse links /help inside that passage.
 * Each problem is one `file: field: message` line, like every other content error.
 */
import type { ParsedMarkdown } from "./markdown";

/**
 * What counts as "touching self-harm, threats or abuse". Matched case-insensitively against a
 * passage's plain text (heading, prose and editor's notes) after typographic apostrophes become '.
 * Each alternative is here because a reader in that situation needs /help within reach:
 */
const SAFETY_ALTERNATIVES = [
    // suicide, suicidal; self-harm, self harm, self-harming
    String.raw`suicid\w*`,
    String.raw`self[- ]harm\w*`,
    // "hurt myself", "kill yourself", "harming themselves": said of oneself, or threatened
    String.raw`(?:kill|hurt|harm)(?:ing)? (?:my|your|him|her|them|our)sel(?:f|ves)`,
    // "end my life", "end their own life"
    String.raw`end (?:my|your|his|her|their) (?:own )?life`,
    // "I don't want to live / be alive / be here"
    String.raw`(?:don'?t|do not|no longer) want to (?:live|be alive|be here)`,
    // "I can't live / survive / go on without them": may be meant literally
    String.raw`(?:can'?t|couldn'?t|cannot|could not) (?:live|survive|go on) without`,
    // abuse, abusive; violence, violent; threat, threaten, threatening; coercion, coercive; stalking
    String.raw`abus\w*`,
    String.raw`violen\w*`,
    String.raw`threat\w*`,
    String.raw`coerci\w*`,
    String.raw`stalk\w*`,
    // threats to share intimate images (image-based abuse)
    String.raw`intimate (?:photo|image|picture|video)s?`,
    // couples counselling is unsafe where there has been violence, threats or control
    String.raw`couples? (?:counsel\w*|therap\w*)`,
];

export const SAFETY_PATTERN = new RegExp(String.raw`\b(${SAFETY_ALTERNATIVES.join("|")})`, "i");

/** Typographic apostrophes (’ ‘ ʼ) written as ', so "don’t" and "don't" match alike. */
function normaliseApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}

/** The words of `text` that make it a safety passage, or undefined when there are none. */
export function safetyMatch(text: string): string | undefined {
  return SAFETY_PATTERN.exec(normaliseApostrophes(text))?.[0];
}

/** A link to the help page: `/help`, `/help#anchor` or `/help?query`. */
export function isHelpLink(url: string): boolean {
  return url === "/help" || url.startsWith("/help#") || url.startsWith("/help?");
}

/**
 * Rule 2 for one rendered file (article, tag, stage or page): its introduction and each passage
 * under a heading are checked on their own, because a link three sections away does not help the
 * reader who is reading this one.
 */
export function helpLinkProblems(file: string, markdown: Pick<ParsedMarkdown, "intro" | "sections">): string[] {
  const units = [
    { name: "the introduction", text: markdown.intro.text, links: markdown.intro.links },
    ...markdown.sections.map((p) => ({ name: `the passage "${p.heading}"`, text: `${p.heading} ${p.text}`, links: p.links })),
  ];
  return units.flatMap(({ name, text, links }) => {
    const matched = safetyMatch(text);
    if (!matched || links.some(isHelpLink)) return [];
    return [`${file}: body: ${name} mentions self-harm, threats or abuse but does not link /help (it says "${matched}"; add a link such as [support lines](/help))`];
  });
}

interface ContactPassage {
  id: string;
  stages: readonly string[];
  advisesContact: boolean;
}

/**
 * Rule 1: the stages a reader is told not to make contact in (`discouragesContact: true`) must not
 * gather passages that advise reaching out (`advisesContact: true`). `stages` of a passage are its
 * front-matter list, so the index in the message is the one in the file.
 */
export function contactStageProblems(
  articles: readonly { file: string; passages: readonly ContactPassage[] }[],
  stages: readonly { slug: string; discouragesContact: boolean }[],
): string[] {
  const noContact = new Set(stages.filter((s) => s.discouragesContact).map((s) => s.slug));
  return articles.flatMap((article) =>
    article.passages
      .filter((p) => p.advisesContact)
      .flatMap((p) =>
        p.stages.flatMap((stage, index) =>
          noContact.has(stage)
            ? [`${article.file}: sections.${p.id}.stages[${index}]: the passage advises contact (advisesContact: true) but is listed on the stage "${stage}", whose guidance is not to make contact (discouragesContact: true)`]
            : [],
        ),
      ),
  );
}
