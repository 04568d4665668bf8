/**
 * The contact gate: the three checks every passage that advises contact shows, and the one line that
 * every listing of such a passage shows in place of an excerpt. The checks' own words are rules in
 * content/rules/ (written once, placed by name); the gate's few words of its own live here, once.
 *
 * Plain data that imports nothing, so any page or route can show the listing line without loading the
 * content folder (search results do the same as stage and topic pages).
 */
export const CONTACT_GATE = {
  /**
   * The rules the gate places, in this order: they said or showed no; the reader was violent,
   * threatening or controlling; the ex was violent, threatening or controlling towards the reader.
   * The build places all three at the top of every passage with `advisesContact: true`.
   */
  rules: ["what-counts-as-a-no", "if-you-harmed-them", "if-they-harmed-you"],
  /** The gate's heading, in the article and on the stage page that holds the checks in full. */
  title: "Three checks before any contact",
  /** Under the heading, before the three rules. */
  lead: "If one of these fits you, follow it instead of the advice here.",
  /** The conditions in one line: listings show it instead of an excerpt, and the gate shows it under its heading. */
  conditions: "Only if they haven't said or shown a no, and there was no violence, threats or control either way.",
  /** The words of the link from a listing's line to the checks in full. */
  checksLabel: "Read the checks first.",
  /** Where the checks stand in full: this stage's section with this anchor places the gate (the build checks it). */
  checksStage: "reaching-out",
  checksAnchor: "three-checks-before-any-contact",
} as const;
