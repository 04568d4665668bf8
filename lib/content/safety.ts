/**
 * The safety checks of the content model, run by the build over every file, so a mistake on one page
 * cannot quietly reach a reader:
 *   1. contact is a decision: a passage that advises contact may only sit on stages and tags whose
 *      guidance allows it;
 *   2. every passage that touches a kind of danger (content/safety-terms.yaml) points to the part of
 *      /help that answers it, and places the rule written for it where there is one (the crisis lines,
 *      the couples-counselling caveat, the rule for a reader who was violent, threatening or controlling);
 *   3. support is never presented as a step before contact;
 *   4. no phone number is typed into prose: numbers live in the help data and reach pages through
 *      `::crisis-lines` and /help;
 *   5. a page for keeping apart leads nowhere near contact advice;
 *   6. the contact checks that listings link to are where they say.
 * (The contact gate itself is not a check: the loader places it in every passage that advises contact.)
 * Each problem is one `file: field: message` line, like every other content error. A "passage" is an
 * introduction, or the text under one heading up to the next, because a link three sections away does
 * not help the reader who is reading this one.
 */
import { HELP_SERVICES } from "../help-resources";
import { SAFETY_KINDS, type SafetyMatch } from "../safety-terms";
import { CONTACT_GATE } from "./contact-gate";
import type { ParsedMarkdown } from "./markdown";

interface Passage {
  name: string;
  text: string;
  links: readonly string[];
  rules: readonly string[];
}

function passagesOf(markdown: Pick<ParsedMarkdown, "intro" | "sections">): Passage[] {
  return [
    { name: "the introduction", ...markdown.intro },
    ...markdown.sections.map((s) => ({ name: `the passage "${s.heading}"`, text: `${s.heading} ${s.text}`, links: s.links, rules: s.rules })),
  ];
}

/** Writing about a reader who was violent, threatening or controlling needs that reader's rule. */
const HARMED_THEM = /\byou(?:'ve| have)? (?:ever )?(?:been|were) (?:ever )?(?:violent|threatening|controlling|abusive)\b/i;

/** Phrasings that make support a gateway back to the person who was harmed. */
const SUPPORT_BEFORE_CONTACT = [
  /\b(?:get|getting|find|seek)\b[^.!?]{0,60}\b(?:support|help)\b[^.!?]{0,30}\bfirst\b/i,
  /\b(?:support|help)\b[^.!?]{0,40}\bbefore (?:you )?(?:contact|reach|get in touch|message|talk)/i,
  /\bwhile you get (?:it|support|help)\b/i,
  /\bno contact (?:with (?:your ex|them) )?while\b/i,
];

const apostrophes = (text: string) => text.replace(/[\u2018\u2019\u02BC]/g, "'");

const linksTo = (links: readonly string[], anchors: readonly string[]) => links.some((url) => anchors.some((anchor) => url === `/help#${anchor}`));

/**
 * Rules 2 and 3 for one file. `ownRule` is the rule a rule file is (its own words need no placing).
 */
export function passageSafetyProblems(
  file: string,
  markdown: Pick<ParsedMarkdown, "intro" | "sections">,
  match: (text: string) => SafetyMatch[],
  ownRule?: string,
): string[] {
  return passagesOf(markdown).flatMap(({ name, text, links, rules }) => {
    const places = (rule: string) => rules.includes(rule) || ownRule === rule;
    const problems = match(text).flatMap(({ kind, words }) => {
      // A kind with a rule needs the rule, not only a link: it says the same thing everywhere.
      const { label, help, rule } = SAFETY_KINDS[kind];
      if (rule) {
        return places(rule) ? [] : [`${file}: body: ${name} mentions ${label} ("${words}") but does not place its rule: add ::rule{name="${rule}"} on a line of its own`];
      }
      if (linksTo(links, help)) return [];
      return [`${file}: body: ${name} mentions ${label} ("${words}") but links none of ${help.map((a) => `/help#${a}`).join(", ")} (add a link such as [where to get help](/help#${help[0]}))`];
    });
    const plain = apostrophes(text);
    const harmed = HARMED_THEM.exec(plain);
    if (harmed && !places("if-you-harmed-them")) {
      problems.push(`${file}: body: ${name} speaks to a reader who harmed their ex ("${harmed[0]}") but does not place their rule: add ::rule{name="if-you-harmed-them"} on a line of its own`);
    }
    for (const pattern of SUPPORT_BEFORE_CONTACT) {
      const found = pattern.exec(plain);
      if (found) problems.push(`${file}: body: ${name} presents support as a step before contact ("${found[0]}"); support is never a way back to the ex: place ::rule{name="if-you-harmed-them"} instead`);
    }
    return problems;
  });
}

/** Every number of the help data, matched with or without its spaces and dashes, and any long run of digits. */
const TYPED_NUMBER = new RegExp(
  [
    ...new Set(
      HELP_SERVICES.flatMap((service) => service.contacts.flatMap((c) => (c.kind === "web" ? [] : [c.number.replace(/\D/g, "")]))).filter(Boolean),
    ),
  ]
    .sort((a, b) => b.length - a.length)
    .map((digits) => `(?<![\\d])${digits.split("").join("[\\s.-]?")}(?![\\d])`)
    .concat(String.raw`(?<![\d])\+?\d(?:[\s.()-]?\d){6,}(?![\d])`)
    .join("|"),
);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rule 4: a phone number typed into the author's own text (placed crisis lines are generated, not typed). */
export function typedNumberProblems(file: string, markdown: Pick<ParsedMarkdown, "intro" | "sections">): string[] {
  return passagesOf(markdown).flatMap(({ name, text }) => {
    const found = [...text.matchAll(new RegExp(TYPED_NUMBER, "g"))].map((m) => m[0]).filter((m) => !ISO_DATE.test(m));
    return found.length
      ? [`${file}: body: ${name} types the phone number "${found[0]}"; numbers live only in lib/help-lines.json: place ::rule{name="crisis"} or link /help`]
      : [];
  });
}

interface ContactPassage {
  id: string;
  stages: readonly string[];
  tags: readonly string[];
  advisesContact: boolean;
}

/**
 * Rule 1: a passage that advises contact may only be listed on stages and tags that allow contact.
 * Indexes in the messages are those of the passage's own front-matter lists.
 */
export function contactProblems(
  articles: readonly { file: string; passages: readonly ContactPassage[] }[],
  closed: { stages: ReadonlySet<string>; tags: ReadonlySet<string> },
): string[] {
  return articles.flatMap(({ file, passages }) =>
    passages
      .filter((p) => p.advisesContact)
      .flatMap((p) => [
        ...p.stages.flatMap((stage, index) =>
          closed.stages.has(stage)
            ? [`${file}: sections.${p.id}.stages[${index}]: the passage advises contact (advisesContact: true) but the stage "${stage}" does not allow contact (allowsContact: false)`]
            : [],
        ),
        ...p.tags.flatMap((tag, index) =>
          closed.tags.has(tag)
            ? [`${file}: sections.${p.id}.tags[${index}]: the passage advises contact (advisesContact: true) but the tag "${tag}" does not allow contact (allowsContact: false)`]
            : [],
        ),
      ]),
  );
}

interface KeepApartPage {
  file: string;
  /** "stage" or "topic", as messages name it. */
  kind: "stage" | "topic";
  allowsContact: boolean;
  /** A stage's "topics that matter most now" (none for a topic). */
  tags: readonly string[];
  markdown: Pick<ParsedMarkdown, "intro" | "sections">;
}

/**
 * Rule 5: a page for keeping apart (a stage or topic with `allowsContact: false`) leads nowhere near
 * contact advice. It may not link to a passage that advises contact, nor to a stage or topic that
 * allows contact (`contact.pages`: each such URL, and what it is), except to the contact checks in full
 * (`checks`, the one way it may mention reaching out: with its conditions first); a stage may not name
 * a topic that allows contact (`contact.tags`) among its own.
 */
export function keepApartProblems(
  pages: readonly KeepApartPage[],
  contact: { tags: ReadonlySet<string>; checks: string; pages: ReadonlyMap<string, string> },
): string[] {
  // A passage is named with its anchor; a stage or topic page by its path, whatever part of it is linked.
  const leadsToContact = (url: string): string | undefined =>
    url === contact.checks ? undefined : (contact.pages.get(url) ?? contact.pages.get(url.split("#")[0]!));
  return pages
    .filter((page) => !page.allowsContact)
    .flatMap(({ file, kind, tags, markdown }) => [
      ...tags.flatMap((tag, index) =>
        contact.tags.has(tag) ? [`${file}: tags[${index}]: the ${kind} keeps readers apart (allowsContact: false) but lists the topic "${tag}", which allows contact`] : [],
      ),
      ...passagesOf(markdown).flatMap(({ name, links }) =>
        links.flatMap((url) => {
          const what = leadsToContact(url);
          return what
            ? [`${file}: body: ${name} links ${url}, ${what}, but the ${kind} keeps readers apart (allowsContact: false); link the contact checks (${contact.checks}) if it must mention reaching out`]
            : [];
        }),
      ),
    ]);
}

/**
 * Rule 6: listings link "Read the checks first" to one section of one stage; that section must exist
 * and show the contact gate, so the link never lands on contact advice without its checks.
 */
export function contactChecksProblems(stage: { file: string; markdown: Pick<ParsedMarkdown, "sections"> } | undefined, anchor: string): string[] {
  if (!stage) return [];
  const section = stage.markdown.sections.find((s) => s.id === anchor);
  if (!section) return [`${stage.file}: body: listings link the contact checks to the heading anchor "${anchor}", but no heading has it (add "## ${CONTACT_GATE.title}")`];
  return section.gate ? [] : [`${stage.file}: body: the passage "${section.heading}" is where listings send readers for the contact checks, but it does not show them: add ::contact-gate on a line of its own`];
}
