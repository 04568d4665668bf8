/**
 * The safety checks the build runs over every file, so a mistake on one page cannot quietly reach a reader:
 *   1. a passage that advises contact sits only on stages and tags that allow it;
 *   2. a passage that touches a kind of danger links the part of /help that answers it, or places its rule;
 *   3. support is never presented as a step before contact;
 *   4. no phone number is typed into prose (numbers reach pages only from the help data);
 *   5. a page for keeping apart leads nowhere near contact advice;
 *   6. the contact checks that listings link to are where they say.
 * A passage is an introduction or the text under one heading: a link three sections away does not help its reader.
 */
import { HELP_SERVICES, numberDigits } from "../help-resources";
import { SAFETY_KINDS, type SafetyMatch } from "../safety-terms";
import { CONTACT_GATE } from "./contact-gate";
import type { ParsedMarkdown } from "./markdown";

type Markdown = Pick<ParsedMarkdown, "intro" | "sections">;

interface Passage {
  name: string;
  text: string;
  links: readonly string[];
  rules: readonly string[];
}

function passagesOf(markdown: Markdown): Passage[] {
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

/** Rules 2 and 3 for one file. `ownRule` is the rule a rule file is (its own words need no placing). */
export function passageSafetyProblems(file: string, markdown: Markdown, match: (text: string) => SafetyMatch[], ownRule?: string): string[] {
  return passagesOf(markdown).flatMap(({ name, text, links, rules }) => {
    const places = (rule: string) => rules.includes(rule) || ownRule === rule;
    const problems = match(text).flatMap(({ kind, words }) => {
      // A kind with a rule needs the rule, not only a link: it says the same thing everywhere.
      const { label, help, rule } = SAFETY_KINDS[kind];
      if (rule) return places(rule) ? [] : [`${file}: body: ${name} mentions ${label} ("${words}") but does not place its rule: add ::rule{name="${rule}"} on a line of its own`];
      if (links.some((url) => help.some((anchor) => url === `/help#${anchor}`))) return [];
      return [`${file}: body: ${name} mentions ${label} ("${words}") but links none of ${help.map((a) => `/help#${a}`).join(", ")} (add a link such as [where to get help](/help#${help[0]}))`];
    });
    const plain = text.replace(/[\u2018\u2019\u02BC]/g, "'");
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

const HELP_NUMBERS = new Set(HELP_SERVICES.flatMap((service) => numberDigits(service.contacts)));
/** Every number of the help data, matched with or without its spaces and dashes, and any long run of digits. */
const TYPED_NUMBER = new RegExp(
  [...HELP_NUMBERS]
    .sort((a, b) => b.length - a.length)
    .map((digits) => `(?<![\\d])${digits.split("").join("[\\s.-]?")}(?![\\d])`)
    .concat(String.raw`(?<![\d])\+?\d(?:[\s.()-]?\d){6,}(?![\d])`)
    .join("|"),
);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rule 4: a phone number typed into the author's own text (placed crisis lines are generated, not typed). */
export function typedNumberProblems(file: string, markdown: Markdown): string[] {
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

/** Rule 1; indexes in the messages are those of the passage's own front-matter lists. */
export function contactProblems(
  articles: readonly { file: string; passages: readonly ContactPassage[] }[],
  closed: { stages: ReadonlySet<string>; tags: ReadonlySet<string> },
): string[] {
  return articles.flatMap(({ file, passages }) =>
    passages
      .filter((p) => p.advisesContact)
      .flatMap((p) =>
        (["stages", "tags"] as const).flatMap((field) =>
          p[field].flatMap((slug, index) =>
            closed[field].has(slug)
              ? [`${file}: sections.${p.id}.${field}[${index}]: the passage advises contact (advisesContact: true) but the ${field.slice(0, -1)} "${slug}" does not allow contact (allowsContact: false)`]
              : [],
          ),
        ),
      ),
  );
}

interface KeepApartPage {
  file: string;
  kind: "stage" | "topic";
  allowsContact: boolean;
  /** A stage's "topics that matter most now" (none for a topic). */
  tags: readonly string[];
  markdown: Markdown;
}

/**
 * Rule 5: a stage or topic with `allowsContact: false` links none of `contact.pages` (each URL that advises or allows
 * contact, and what it is) but `checks` (reaching out with its conditions first), nor lists any of `contact.tags`.
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

/** Rule 6: the section listings link "Read the checks first" to exists and shows the contact gate. */
export function contactChecksProblems(stage: { file: string; markdown: Pick<ParsedMarkdown, "sections"> } | undefined, anchor: string): string[] {
  if (!stage) return [];
  const section = stage.markdown.sections.find((s) => s.id === anchor);
  if (!section) return [`${stage.file}: body: listings link the contact checks to the heading anchor "${anchor}", but no heading has it (add "## ${CONTACT_GATE.title}")`];
  return section.gate ? [] : [`${stage.file}: body: the passage "${section.heading}" is where listings send readers for the contact checks, but it does not show them: add ::contact-gate on a line of its own`];
}
