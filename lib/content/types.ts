/**
 * What the loader returns: plain data, no URLs and no markup beyond each part's sanitized HTML. Pages
 * build links with lib/routes.ts and render headings, anchors and tag chips in React.
 */
import type { SafetyGrammar } from "../safety-grammar";
import type { SafetyModel } from "../safety-model";
import type { SafetyVocabulary } from "../safety-terms";
import type { StageSlug, TagSlug } from "../taxonomy";
import type { ArticleFrontMatter, PageFrontMatter, StageFrontMatter, TagFrontMatter } from "./schema";
import type { SearchTerms } from "./term-lists";

/** The text under one heading, up to the next heading. */
export interface Section {
  /** The heading's anchor: its HTML id and the fragment of every deep link to it. */
  id: string;
  heading: string;
  depth: number;
  /** The section's text without its heading, as sanitized HTML. */
  html: string;
  /** All plain text of the section, editor's notes included. */
  text: string;
  /** About forty words of the author's prose (editor's notes skipped) for previews. */
  excerpt: string;
  /** The plain text of the rules the section places (search). */
  placedText: string;
}

/** A markdown body: the introduction (text before the first heading) and its sections. */
export interface Body {
  introHtml: string;
  /** The plain text of the rules the introduction places (search). */
  introPlacedText: string;
  sections: Section[];
  /** The body places a rule flagged `safety: true`, so its page shows the safety banner. */
  placesSafetyRule: boolean;
}

/** A section of an article, with the tags and stages its front matter gives it. */
export interface Passage extends Omit<Section, "excerpt"> {
  articleSlug: string;
  articleTitle: string;
  tags: TagSlug[];
  stages: StageSlug[];
  /**
   * Front matter `sections.<id>.advisesContact`: this passage advises reaching out. Its `html` starts
   * with the contact gate, and it has no excerpt.
   */
  advisesContact: boolean;
  /**
   * About forty words of the author's prose for previews; null for a passage that advises contact.
   * A cut of contact advice can drop its conditions, so listings show CONTACT_GATE.conditions instead
   * (components/ContactConditions).
   */
  excerpt: string | null;
  /** Front matter `sections.<id>.questions`: what the passage answers, in a reader's words. */
  questions: string[];
}

/** An article's body is an introduction and passages (its sections, with their tags and stages). */
export interface Article extends Omit<ArticleFrontMatter, "sections"> {
  slug: string;
  /** The plain text of the rules the introduction places (search). */
  introPlacedText: string;
  /** A passage places a rule flagged `safety: true`. */
  placesSafetyRule: boolean;
  /** Path relative to the content folder's parent, for messages. */
  file: string;
  introHtml: string;
  /** The introduction as plain text (feed and search). */
  intro: string;
  passages: Passage[];
  wordCount: number;
  readingMinutes: number;
}

export interface Tag extends TagFrontMatter, Body {
  slug: TagSlug;
  /** All plain text of the body (search). */
  text: string;
}

export interface Stage extends StageFrontMatter, Body {
  slug: StageSlug;
  /** 1-based position in the defined order. */
  step: number;
  /** All plain text of the body, headings included (search). */
  text: string;
}

interface Page extends PageFrontMatter, Body {
  slug: string;
}

export interface Content {
  articles: Article[];
  tags: Tag[];
  stages: Stage[];
  pages: Page[];
  /** content/search-terms.yaml: readers' words and phrases, for search. */
  searchTerms: SearchTerms;
  /** content/safety-terms.yaml: the words our prose uses for each kind of danger. */
  safetyVocabulary: SafetyVocabulary;
  /** content/safety-grammar.yaml: how search recognises a reader who needs help. */
  safetyGrammar: SafetyGrammar;
  /** content/safety-model.json: the learned fallback when the grammar finds no need. */
  safetyModel: SafetyModel;
}
