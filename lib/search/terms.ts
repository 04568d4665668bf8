/**
 * How text becomes search terms, shared by indexing and querying (and by the browser's live search,
 * so both sides agree): lowercase, strip accents, drop filler words, map a reader's words onto the
 * site's topics, and stem with the Porter algorithm so "apologize", "apologizing" and "apology" meet.
 */
import { stemmer } from "stemmer";

// Words that carry no topic; "should I text her" is really about "text".
const STOP_WORDS = new Set(
  "a an and are as at be but by can could did do does for from had has have he her hers him his how i if in into is it its me my of on or our she should so that the their them then there they this to too us was we were what when where which who why will with would you your yours".split(" "),
);

/**
 * A reader's words → the site's vocabulary. Each key also keeps matching itself; the values are added.
 * Keys and values are plain words (they are stemmed like everything else).
 */
const SYNONYMS: Record<string, string[]> = {
  text: ["contact", "message"],
  texting: ["contact", "message"],
  message: ["contact", "text"],
  messaging: ["contact", "text"],
  call: ["contact"],
  calling: ["contact"],
  phone: ["contact", "call"],
  dm: ["contact", "message"],
  reach: ["contact"],
  sorry: ["apology", "apologize"],
  apologise: ["apologize", "apology"],
  forgive: ["apology", "forgiveness"],
  amends: ["apology"],
  cheat: ["cheating", "infidelity", "red", "flags"],
  cheated: ["cheating", "infidelity", "red", "flags"],
  affair: ["cheating", "infidelity", "red", "flags"],
  unfaithful: ["cheating", "infidelity"],
  abuse: ["red", "flags", "threats", "safety"],
  threaten: ["threats", "blackmail", "red", "flags"],
  stalk: ["stalking", "red", "flags"],
  space: ["contact", "time", "apart"],
  nc: ["contact"],
  ghost: ["contact", "silence"],
  reflect: ["reflection", "self"],
  blame: ["mistakes", "fault", "responsibility"],
  guilty: ["guilt"],
  jealous: ["jealousy"],
  gf: ["girlfriend", "ex"],
  bf: ["boyfriend", "ex"],
  boyfriend: ["ex", "partner"],
  girlfriend: ["ex", "partner"],
  over: ["moving", "on", "accept"],
};

export function normalize(word: string): string {
  return word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Splits text into words (letters and digits of any script, inner apostrophes kept). */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** One word as stored in the index; null drops it. */
export function indexTerm(word: string): string | null {
  const w = normalize(word).replace(/['’]s$/, "").replace(/['’]/g, "");
  if (!w || STOP_WORDS.has(w)) return null;
  return stemmer(w);
}

/** One word of a query: itself plus its synonyms, all as index terms. */
export function queryTerms(word: string): string[] | null {
  const w = normalize(word).replace(/['’]s$/, "").replace(/['’]/g, "");
  if (!w || STOP_WORDS.has(w)) return null;
  const terms = new Set([w, ...(SYNONYMS[w] ?? [])].map((t) => stemmer(t)));
  return [...terms];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(normalize(word));
}
