/**
 * Which queries need help shown before any result: the query's words as the plan read them (./plan.ts),
 * read by the safety grammar the index carries (lib/safety-grammar.ts) as who does what to whom. A
 * passage carries a marker term per need it speaks to (./build-index.ts); a query with that need asks
 * for it, which puts those passages first. Markers start with "#", as no word can.
 */
import { detectNeeds, type Need, type ReadWord } from "../safety-grammar";
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

/** The help a query needs, in the order it is shown, from its sentences of words as the plan read them. */
export const safetyNeeds = (index: Pick<SiteIndex, "safety" | "words">, sentences: readonly (readonly QueryWord[])[]): Need[] =>
  detectNeeds(index.safety, sentences, index.words);
