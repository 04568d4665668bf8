/** What the loader returns: plain data, with no URLs and no markup but each part's sanitized HTML. */
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
  /** Sanitized, without the heading. */
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
  /** This passage advises reaching out: its `html` starts with the contact gate, and it has no excerpt. */
  advisesContact: boolean;
  /** Null when it advises contact: a cut could drop the conditions, so listings show CONTACT_GATE.conditions. */
  excerpt: string | null;
  /** What the passage answers, in a reader's words. */
  questions: string[];
}

/** An article's body is an introduction and passages (its sections, with their tags and stages). */
export interface Article extends Omit<ArticleFrontMatter, "sections">, Omit<Body, "sections"> {
  slug: string;
  /** Path relative to the content folder's parent, for messages. */
  file: string;
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
  /** The word lists of content/ (term-lists.ts). */
  searchTerms: SearchTerms;
  safetyVocabulary: SafetyVocabulary;
  safetyGrammar: SafetyGrammar;
  safetyModel: SafetyModel;
}
