/**
 * Which queries need help shown before any result: the safety grammar (lib/safety-grammar.ts) reads the query's words
 * as who does what to whom, the learned model (lib/safety-model.ts) adds the need it is sure of. A passage carries a
 * marker term per need it speaks to (./build-index.ts); a query with that need asks for it. Markers start with "#", as
 * no word can.
 */
import { detectNeeds, lifeAtRisk, NEEDS, otherSide, type Need, type ReadWord } from "../safety-grammar";
import { modelReading } from "../safety-model";
import type { NamedLine } from "./named-lines";
import type { SiteIndex } from "./site-index";

export type { Need };

/** A word of a query as the plan read it (./plan.ts). */
export interface QueryWord extends ReadWord {
  raw: string;
  /** lib/text.ts plainWord. */
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
 * The help a query's sentences need, in the order shown: what the grammar reads, and the one need the model is sure
 * of. A sure model also settles which side of a harm the reader is on, and silences the grammar on a query it is sure
 * is ordinary ("he beat me at mario kart and then dumped me") unless the grammar reads a life at risk. The grammar
 * reads roles and figures of speech only in the sentence shapes it knows ("is it normal for him to grab my throat" is
 * not one); the model has learned from thousands more. A query naming one of our help lines (`named`, ./named-lines.ts)
 * gets that line's help too.
 */
export function safetyNeeds(index: Pick<SiteIndex, "safety" | "safetyModel" | "words">, sentences: readonly (readonly QueryWord[])[], named: readonly NamedLine[] = []): Need[] {
  const read = readNeeds(index, sentences);
  return named.length ? NEEDS.filter((need) => read.includes(need) || named.some((line) => line.need === need)) : read;
}

function readNeeds(index: Pick<SiteIndex, "safety" | "safetyModel" | "words">, sentences: readonly (readonly QueryWord[])[]): Need[] {
  const { need: learned, certain, ordinary } = modelReading(index.safetyModel, index.safety, sentences);
  const found = detectNeeds(index.safety, sentences, index.words);
  // A help box wrongly shown costs a reader a moment; one wrongly taken away, where a life may be at risk, can cost far
  // more. So the model silences figures of speech, never the grammar's reading that someone may die.
  if (ordinary && !found.some(lifeAtRisk)) return [];
  if (!learned) return found;
  // Sure only that some help is needed, the model never overrides the grammar's side of a harm on a near coin flip.
  if (!certain && found.some((need) => need === learned || need === otherSide(learned))) return found;
  return NEEDS.filter((need) => need === learned || (found.includes(need) && need !== otherSide(learned)));
}
