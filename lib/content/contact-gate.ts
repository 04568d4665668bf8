/**
 * The contact gate: the three checks every passage that advises contact shows (their words are rules in
 * content/rules/), and the line its listings show instead of an excerpt. Plain data that imports nothing, so any
 * page or route (search results too) can show that line without loading the content folder.
 */
export const CONTACT_GATE = {
  /** The rules, in order: they said or showed no; the reader harmed them; they harmed the reader. */
  rules: ["what-counts-as-a-no", "if-you-harmed-them", "if-they-harmed-you"],
  /** The heading, in the article and on the stage page that holds the checks in full. */
  title: "Three checks before any contact",
  /** Under the heading, before the three rules. */
  lead: "If one of these fits you, follow it instead of the advice here.",
  /** The conditions in one line: listings show it instead of an excerpt, the gate under its heading. */
  conditions: "Only if they haven't said or shown a no, and there was no violence, threats or control either way.",
  /** The words of the link from a listing's line to the checks in full. */
  checksLabel: "Read the checks first.",
  /** Where the checks stand in full: this stage's section with this anchor (the build checks it shows the gate). */
  checksStage: "reaching-out",
  checksAnchor: "three-checks-before-any-contact",
  /** The class of the gate's `<details>` box in a passage's HTML. */
  className: "contact-gate",
} as const;
