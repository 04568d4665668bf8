/**
 * Which queries need help shown before any result: the query's words as the plan read them (./plan.ts),
 * read by the safety grammar the index carries (lib/safety-grammar.ts) as who does what to whom, and,
 * when it finds nothing, by the learned model the index carries too (lib/safety-model.ts). A
 * passage carries a marker term per need it speaks to (./build-index.ts); a query with that need asks
 * for it, which puts those passages first. Markers start with "#", as no word can.
 */
import { detectNeeds, type Need, type ReadWord } from "../safety-grammar";
import { predictNeed } from "../safety-model";
import type { SiteIndex } from "./site-index";

export type { Need };

/** A word of a query as the plan read it (./plan.ts). */
export interface QueryWord extends ReadWord {
  /** The word as typed. */
  raw: string;
  /** Its plain form (lib/text.ts plainWord). */
  plain: string;
  /** When the index knows neither it nor its stem: the known words closest to it, best first. */
  corrections: string[];
  /** How many letters differ between the word and its corrections (0 when it has none). */
  edits: number;
}

export const markerOf = (need: Need) => `#${need}`;
/** The marker of a need a passage comes back to. */
export const repeatedMarkerOf = (need: Need) => `#${need}+`;
export const isMarker = (term: string) => term.startsWith("#");

/**
 * The help a query needs, in the order it is shown, from its sentences of words as the plan read them:
 * what the grammar reads, or, when it reads nothing, the one need the model is confident of. The
 * grammar goes first because it reads roles (who hurt whom) exactly; the model only fills its gaps.
 */
export function safetyNeeds(index: Pick<SiteIndex, "safety" | "safetyModel" | "words">, sentences: readonly (readonly QueryWord[])[]): Need[] {
  const found = detectNeeds(index.safety, sentences, index.words);
  if (found.length) return found;
  const learned = predictNeed(index.safetyModel, index.safety, sentences);
  return learned ? [learned] : [];
}
