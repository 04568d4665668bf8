/**
 * Recognises a reader who may need help by reading a query as "who does what to whom" (content/safety-grammar.yaml:
 * classes of words, acts with the help each doer>target pair needs, figures of speech that are not acts). Unlike a
 * phrase list, it understands sentences nobody wrote down ("he says shell take all her meds"). Pure: grammar is data.
 */
import { z } from "zod";
import { closest, forEachWithin, indexOf } from "./search/core";
import { plainWord, sentences } from "./text";

export const NEEDS = ["crisis", "threatens-self-harm", "abuse", "own-behaviour", "image-abuse"] as const;
export type Need = (typeof NEEDS)[number];
/** The two sides of one harm: the lines for people being hurt are wrong for the one hurting them, and back. */
export const otherSide = (need: Need): Need | undefined => (need === "abuse" ? "own-behaviour" : need === "own-behaviour" ? "abuse" : undefined);
/** The needs where someone's life may be at risk: the reader's own, or someone threatening to end theirs. */
export const lifeAtRisk = (need: Need): boolean => need === "crisis" || need === "threatens-self-harm";

const ROLES = ["reader", "reader-own", "reader-self", "other", "other-own", "other-self", "nobody", "everyone"] as const;
const REQUIRED_CLASSES = [...ROLES, "life", "body", "image", "intimate", "device", "place", "belongings", "drug", "intent", "speech", "passive"] as const;

const entry = z
  .string()
  .trim()
  .regex(/^(?:~|<!?[a-z-]+>|[a-z0-9]+\*?)(?: (?:~|<!?[a-z-]+>|[a-z0-9]+\*?))*$/, "write entries in lowercase words (a * may end a word), <class>, <!class> or ~");
const pair = z.string().regex(/^(?:\*|none|[a-z-]+)>(?:\*|none|[a-z-]+)$/, "write a pair as doer>target");

const actSchema = z.strictObject({
  words: z.array(entry).min(1),
  /** Words of this act that count only when meant or planned ("he will hurt me", not "he hurt me"). */
  needsIntent: z.array(entry).default([]),
  /** Words of this act that count only when someone or their things are named after them. */
  needsTarget: z.array(entry).default([]),
  /** Classes that must also be named near it in the clause: "alive" is a crisis only in "dont want to be alive". */
  with: z.array(z.string()).default([]),
  /** Classes that must not be named in the same clause ("scared hes moved on" is not fear of him). */
  without: z.array(z.string()).default([]),
  /** The act's own words say who is hurt ("am i abusive"), so it settles which side of harm the reader is on. */
  speaks: z.boolean().default(false),
  /** Classes that must not come straight after the act's words ("scared my wife" is not fear). */
  notBefore: z.array(z.string()).default([]),
  /** With no one named after it, the act is done to the doer ("want to die"). */
  reflexive: z.boolean().default(false),
  /** Where the target is: a person after the act, a thing's owner on either side, the owner of pictures, or nowhere. */
  target: z.enum(["person", "body", "owner", "images", "none"]).default("person"),
  who: z.record(pair, z.enum(NEEDS)),
});

export const safetyGrammarSchema = z.strictObject({
  classes: z.record(z.string(), z.array(entry).min(1)).superRefine((classes, ctx) => {
    for (const name of REQUIRED_CLASSES) if (!(name in classes)) ctx.addIssue({ code: "custom", message: `the class "${name}" is required`, path: [name] });
  }),
  acts: z.record(z.string(), actSchema),
  guards: z.array(entry).default([]),
});

export type SafetyGrammar = z.output<typeof safetyGrammarSchema>;

// An entry is a row of items: a word (maybe ending in *), a class, a class it must not be, or a gap of up to 3 words.
type Item = { word: string; prefix: boolean } | { cls: string; not: boolean } | { gap: true };
type Pattern = Item[];

const MAX_GAP = 3;
/** How far back the doer, and forward the target, may be (in words). */
const DOER_REACH = 8;
const TARGET_REACH = 7;
const INTENT_REACH = 4;
/** How near the words an act needs beside it must be. */
const NEAR = 7;

function compilePattern(text: string): Pattern {
  return text.split(" ").map((part): Item => {
    if (part === "~") return { gap: true };
    const cls = /^<(!?)([a-z-]+)>$/.exec(part);
    if (cls) return { cls: cls[2]!, not: cls[1] === "!" };
    return part.endsWith("*") ? { word: part.slice(0, -1), prefix: true } : { word: part, prefix: false };
  });
}

/** A word ending: "share*" is also "sharing", as English drops a final e before -ing. */
const wordMatches = (item: { word: string; prefix: boolean }, token: string | undefined) =>
  token !== undefined &&
  (item.prefix ? token.startsWith(item.word) || (item.word.endsWith("e") && token.startsWith(`${item.word.slice(0, -1)}ing`)) : token === item.word);

/** Patterns by first word, so a position tries only those that can start there (most start with a plain word). */
interface PatternIndex<T> {
  byWord: Map<string, T[]>;
  /** Entries that start with a word ending ("suicid*"), by its first three letters. */
  byStart: Map<string, T[]>;
  /** The rest (a class, a short word ending or a gap first): tried everywhere. */
  rest: T[];
}

const START = 3;
function indexPatterns<T>(items: readonly T[], patternOf: (item: T) => Pattern): PatternIndex<T> {
  const index: PatternIndex<T> = { byWord: new Map(), byStart: new Map(), rest: [] };
  const add = (map: Map<string, T[]>, key: string, item: T) => map.set(key, [...(map.get(key) ?? []), item]);
  for (const item of items) {
    const first = patternOf(item)[0]!;
    if ("word" in first && !first.prefix) add(index.byWord, first.word, item);
    else if ("word" in first && first.word.length >= START) add(index.byStart, first.word.slice(0, START), item);
    else index.rest.push(item);
  }
  return index;
}

const NONE: never[] = [];
/** The patterns that may start at `token`, as up to three lists (no copying: this runs per word per class). */
function candidates<T>(index: PatternIndex<T>, token: string | undefined): readonly (readonly T[])[] {
  if (token === undefined) return [index.rest];
  return [index.byWord.get(token) ?? NONE, index.byStart.get(token.slice(0, START)) ?? NONE, index.rest];
}

type Act = SafetyGrammar["acts"][string] & { name: string };
type ActPattern = { act: Act; pattern: Pattern; needsIntent: boolean; needsTarget: boolean };

interface Compiled {
  classes: Map<string, PatternIndex<Pattern>>;
  /** A number per class name, for the per-query memo's keys. */
  classIds: Map<string, number>;
  actPatterns: PatternIndex<ActPattern>;
  guardPatterns: PatternIndex<Pattern>;
  /** Every whole word the grammar names (for spelling), sorted; and its word stems ("suicid*"). */
  words: string[];
  stems: string[];
}

/** Class lengths already worked out for the query being read, by class and position. */
let memo: { tokens: readonly string[]; lengths: Map<number, number[]> } | undefined;

/** Lengths of the class entries of `cls` that match at `at` (several for "my" and "my self"). */
function classLengths(grammar: Compiled, cls: string, tokens: readonly string[], at: number): number[] {
  const key = (grammar.classIds.get(cls) ?? 0) * 4096 + at;
  const known = memo?.tokens === tokens ? memo.lengths.get(key) : undefined;
  if (known) return known;
  const found = classLengthsUncached(grammar, cls, tokens, at);
  if (memo?.tokens === tokens) memo.lengths.set(key, found);
  return found;
}

function classLengthsUncached(grammar: Compiled, cls: string, tokens: readonly string[], at: number): number[] {
  if (cls === "number") return at < tokens.length && /^\d+$/.test(tokens[at]!) ? [1] : [];
  // "my wifes", "her bfs": a possessive person is the other's possessive.
  if (cls === "other-own" && at + 1 < tokens.length && inClass(grammar, "reader-own", tokens, at)) {
    const chained = classLengthsUncached(grammar, cls, tokens, at + 1).map((n) => n + 1);
    if (chained.length) return chained;
  }
  const found: number[] = [];
  const index = grammar.classes.get(cls);
  if (index) {
    const ends: number[] = [];
    for (const list of candidates(index, tokens[at])) for (const pattern of list) collectEnds(grammar, pattern, tokens, at, 0, ends);
    for (const end of ends) if (!found.includes(end - at)) found.push(end - at);
  }
  // A person may be named with a possessive before them: "my ex", "her new bf".
  if (cls === "other" && at < tokens.length && (inClass(grammar, "reader-own", tokens, at) || inClass(grammar, "other-own", tokens, at))) {
    for (const skip of [1, 2]) for (const n of classLengths(grammar, "other", tokens, at + skip)) if (!found.includes(n + skip)) found.push(n + skip);
  }
  return found;
}

const inClass = (grammar: Compiled, cls: string, tokens: readonly string[], at: number) => classLengths(grammar, cls, tokens, at).length > 0;

/** Every end position (exclusive) where `pattern` from item `i` matches tokens from `at`, added to `ends`. */
function collectEnds(grammar: Compiled, pattern: Pattern, tokens: readonly string[], at: number, i: number, ends: number[]): void {
  if (i === pattern.length) {
    ends.push(at);
    return;
  }
  const item = pattern[i]!;
  if ("gap" in item) {
    for (let skip = 0; skip <= MAX_GAP && at + skip <= tokens.length; skip++) collectEnds(grammar, pattern, tokens, at + skip, i + 1, ends);
    return;
  }
  if (at >= tokens.length) return;
  if ("word" in item) {
    if (wordMatches(item, tokens[at])) collectEnds(grammar, pattern, tokens, at + 1, i + 1, ends);
  } else if (item.not) {
    if (!inClass(grammar, item.cls, tokens, at)) collectEnds(grammar, pattern, tokens, at + 1, i + 1, ends);
  } else {
    for (const n of classLengths(grammar, item.cls, tokens, at)) collectEnds(grammar, pattern, tokens, at + n, i + 1, ends);
  }
}

/** The furthest end of `pattern` matched at `at`, or -1. */
function matchEnd(grammar: Compiled, pattern: Pattern, tokens: readonly string[], at: number): number {
  const ends: number[] = [];
  collectEnds(grammar, pattern, tokens, at, 0, ends);
  return ends.length ? Math.max(...ends) : -1;
}

const compiled = new WeakMap<SafetyGrammar, Compiled>();
function compile(grammar: SafetyGrammar): Compiled {
  let result = compiled.get(grammar);
  if (result) return result;
  const words = new Set<string>();
  const stems = new Set<string>();
  const pattern = (text: string) => {
    const items = compilePattern(text);
    for (const item of items) if ("word" in item) (item.prefix ? stems : words).add(item.word);
    return items;
  };
  const acts: Act[] = Object.entries(grammar.acts).map(([name, act]) => ({ ...act, name }));
  const actPatterns = acts.flatMap((act) =>
    act.words.map((text) => ({ act, pattern: pattern(text), needsIntent: act.needsIntent.includes(text), needsTarget: act.needsTarget.includes(text) })),
  );
  result = {
    classes: new Map(Object.entries(grammar.classes).map(([name, list]) => [name, indexPatterns(list.map(pattern), (p) => p)])),
    classIds: new Map(["number", ...Object.keys(grammar.classes)].map((name, i) => [name, i + 1])),
    actPatterns: indexPatterns(actPatterns, (p) => p.pattern),
    guardPatterns: indexPatterns(grammar.guards.map(pattern), (p) => p),
    words: [...words].sort(),
    stems: [...stems].sort(),
  };
  compiled.set(grammar, result);
  return result;
}

/** Words that end one clause and start another: a doer or target is not looked for across them. */
const CLAUSE_BREAKS = new Set(["and", "but", "because", "cause", "cuz", "coz", "so", "then", "after", "when", "while", "whenever", "since", "until", "til", "till"]);

/** What counts as a typo of a grammar word: five letters or more, one edit, two from eight letters. */
const TYPO = { minLength: 5, twoEditsFrom: 8 };
/** Shorter stems ("stab*") would turn ordinary words ("station") into acts. */
const MIN_STEM_LENGTH = 6;

/** A word of the grammar, or one that starts with one of its stems ("suicidal" for "suicid*"). */
const knows = (grammar: Compiled, word: string) => indexOf(grammar.words, word) >= 0 || grammar.stems.some((stem) => word.startsWith(stem));

/**
 * The grammar's word a misspelt word most likely is (one edit, two for long words, the first letter as typed), or
 * two of its words run together ("killmyself"). A word the site or its readers know is taken as meant.
 */
function spell(grammar: Compiled, word: string, known: readonly string[]): string[] {
  if (word.length < TYPO.minLength || /\d/.test(word) || knows(grammar, word) || indexOf(known, word) >= 0) return [word];
  const near = closest(word, grammar.words, TYPO);
  if (near) return [near.words[0]!];
  for (const stem of grammar.stems) {
    if (word[0] !== stem[0] || stem.length < MIN_STEM_LENGTH) continue;
    let close = false;
    forEachWithin([stem], word.slice(0, stem.length), 1, () => (close = true), 1, true);
    if (close) return [stem + word.slice(stem.length)];
  }
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const [a, b] = [word.slice(0, cut), word.slice(cut)];
    if (indexOf(grammar.words, a) >= 0 && indexOf(grammar.words, b) >= 0) return [a, b];
  }
  return [word];
}

type Role = (typeof ROLES)[number] | "none";

/** The role a person word at `at` plays, and how many words name them. */
function personAt(grammar: Compiled, tokens: readonly string[], at: number): { role: Role; length: number } | undefined {
  for (const role of ["reader-self", "other-self", "nobody", "everyone", "reader", "other"] as const) {
    const lengths = classLengths(grammar, role, tokens, at);
    if (lengths.length) return { role, length: Math.max(...lengths) };
  }
  return undefined;
}

const THINGS = ["life", "body", "image", "intimate", "device", "place", "belongings"] as const;
/** Who a possessive at `at` points to: "my life" is the reader's self, "my ex" another person, "her phone" theirs. */
function ownedAt(grammar: Compiled, tokens: readonly string[], at: number, doer: Role): Role | undefined {
  const reader = inClass(grammar, "reader-own", tokens, at);
  if (!reader && !inClass(grammar, "other-own", tokens, at)) return undefined;
  const owner = reader ? "reader" : "other";
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
    // "my exs instagram", "her bfs car": the last possessive owns the thing.
    if (inClass(grammar, "other-own", tokens, k)) return ownedAt(grammar, tokens, k, doer);
    // "my ex" and "my exs phone" alike belong to another person.
    if (inClass(grammar, "other", tokens, k)) return "other";
    const thing = THINGS.find((cls) => inClass(grammar, cls, tokens, k));
    if (thing === "life" || thing === "body") return owner === doer || (doer === "none" && owner === "reader") ? (`${owner}-self` as Role) : owner;
    if (thing) return owner;
  }
  return undefined;
}

/** "hit", "raped", "beaten": the forms a passive sentence ("i was hit") is built with. */
const participle = (word: string) => /(?:ed|en|wn)$/.test(word) || ["hit", "beat", "bit", "shot", "caught", "cut", "hurt", "held"].includes(word);

/**
 * "charged with assault", "got arrested for dv", "a court date for harassing my ex": whoever is held to account
 * (the person named before the `accused` word, else the reader) did the act. "him arrested for hitting me" stays his.
 */
function accusedDoer(grammar: Compiled, tokens: readonly string[], clause: readonly number[], at: number): Role | undefined {
  for (let a = at - 1; a >= Math.max(0, at - NEAR) && clause[a] === clause[at]; a--) {
    if (!inClass(grammar, "accused", tokens, a)) continue;
    for (let k = a - 1; k >= 0 && clause[k] === clause[at]; k--) {
      const person = personAt(grammar, tokens, k);
      if (person) return person.role === "reader" || person.role === "reader-self" ? "reader" : "other";
    }
    return "reader";
  }
  return undefined;
}

/**
 * The doer: the nearest person named before the act in its clause, else the subject of the clause before ("he hit me
 * and choked me"). Reported words are the speaker's; in a passive ("i was hit") the person named is the target.
 */
function doerOf(grammar: Compiled, tokens: readonly string[], clause: readonly number[], start: number): { role: Role; passive: boolean } {
  const accused = accusedDoer(grammar, tokens, clause, start);
  if (accused) return { role: accused, passive: false };
  const auxBefore = (k: number) => k >= 0 && inClass(grammar, "passive", tokens, k);
  const passive = participle(tokens[start]!) && (auxBefore(start - 1) || (auxBefore(start - 2) && personAt(grammar, tokens, start - 1) !== undefined));
  const crossed = (k: number) => clause[k] !== clause[start];
  for (let k = start - 1; k >= Math.max(0, start - DOER_REACH - 2); k--) {
    if (clause[k]! < clause[start]! - 1) break;
    if (inClass(grammar, "reader-own", tokens, k) || inClass(grammar, "other-own", tokens, k)) {
      // "her" alone, "my husbands been…" are a person; "my mums pills" is a thing, whoever owns it.
      let owned = k + 1;
      while (owned < start && inClass(grammar, "other-own", tokens, owned)) owned++;
      const ownsThing = ownedAt(grammar, tokens, k, "none") || OWNABLE.some((cls) => inClass(grammar, cls, tokens, owned));
      if (!crossed(k) && inClass(grammar, "other", tokens, k) && !ownsThing) return { role: "other", passive };
      continue;
    }
    // "she left and theres nothing left to live for": a clause that opens on no one is nobody else's doing.
    if (!crossed(k) && NO_ONE.has(tokens[k]!) && (k === 0 || clause[k - 1] !== clause[k] || CLAUSE_BREAKS.has(tokens[k - 1]!))) return { role: "none", passive };
    const person = personAt(grammar, tokens, k);
    if (!person) continue;
    // "get back at my ex", "to her": a person after a preposition is not the one acting.
    const before = inClass(grammar, "reader-own", tokens, k - 1) || inClass(grammar, "other-own", tokens, k - 1) ? k - 2 : k - 1;
    if (before >= 0 && PREPOSITIONS.has(tokens[before]!) && person.role !== "reader" && !["who", "whos", "that"].includes(tokens[k + person.length]!)) continue;
    // "the guy i met wont stop…": the person a relative clause is about is the doer.
    if (person.role === "reader" && k - 1 >= 0 && !SUBJECT_FORMS.has(tokens[k - 1]!) && !OBJECT_FORMS.has(tokens[k - 1]!) && personAt(grammar, tokens, k - 1)?.role === "other" && start - k >= 2) {
      return { role: "other", passive };
    }
    // "he told me to…", "she texted me this is…", "i keep ringing her": an object is never the doer.
    // "my kids saw me hit their mom": the one seen acting is the doer after all.
    if (OBJECT_FORMS.has(tokens[k]!) && !(k === start - 1 && SEEING.has(tokens[k - 1] ?? ""))) continue;
    return { role: subject(person.role), passive };
  }
  return { role: "none", passive };
}

/** Things a possessive may own besides THINGS. */
const OWNABLE = ["drug", "method"] as const;
/** Verbs of seeing, whose object does the next verb ("saw me hit"). */
const SEEING = new Set(["saw", "seen", "see", "sees", "watched", "watch", "heard", "caught"]);
const NO_ONE = new Set(["theres", "thers", "there"]);
const OBJECT_FORMS = new Set(["me", "him", "them", "her"]);
const SUBJECT_FORMS = new Set(["i", "im", "ive", "id", "ill", "he", "she", "they", "hes", "shes", "hed", "shed", "hell", "shell", "theyll", "theyre", "theyd", "we", "were", "it", "its", "this", "that", "there", "theres"]);
const PREPOSITIONS = new Set(["at", "to", "with", "from", "for", "by", "about", "on", "of", "against", "over", "into", "like"]);

/** A person as the doer of an act: "myself" acts as "i". */
const subject = (role: Role): Role => (role === "reader-self" ? "reader" : role === "other-self" ? "other" : role);

/** The target: the person, or owner of a thing, named nearest after the act (or before it, for owners). */
function targetOf(grammar: Compiled, tokens: readonly string[], clause: readonly number[], start: number, end: number, doer: Role, mode: string): Role {
  if (mode === "none") return "none";
  const look = (from: number, to: number, step: number): Role | undefined => {
    for (let k = from; step > 0 ? k < to : k > to; k += step) {
      if (k < 0 || k >= tokens.length || clause[k] !== clause[start]) return undefined;
      // A subject after the act starts a new sentence: "on the bridge rn i cant…".
      if (step > 0 && k >= end && SUBJECT_FORMS.has(tokens[k]!)) return undefined;
      const owned = ownedAt(grammar, tokens, k, doer);
      // What the doer does with their own things is not done to anyone: "threw my keys at her".
      if (owned && mode === "person" && (owned === doer || (doer === "none" && owned === "reader" && !personAt(grammar, tokens, k + 1)))) continue;
      if (owned && (mode !== "body" || owned.endsWith("-self"))) return owned;
      if (owned && mode === "body") continue;
      const person = personAt(grammar, tokens, k);
      if (person && !(person.role === "nobody" || person.role === "everyone")) {
        if (mode === "images" && step > 0 && tokens[k - 1] !== "of" && k > end) continue;
        return person.role;
      }
    }
    return undefined;
  };
  // Inside the act's own words first ("forced me", "cut myself", "her nudes"), skipping its first word.
  const inside = look(start + 1, end, 1);
  if (inside) return inside;
  if (mode === "images") return look(start - 1, start - 2, -1) ?? look(end, end + 3, 1) ?? "none";
  const after = look(end, end + TARGET_REACH, 1);
  if (after) return after;
  if (mode === "owner") return look(start - 1, start - DOER_REACH, -1) ?? "none";
  return "none";
}

/** A query word as search read it: its plain form, and when misspelt the closest known words, so many edits away. */
export interface ReadWord {
  plain: string;
  corrections: readonly string[];
  edits: number;
}

export type Query = string | readonly (readonly ReadWord[])[];

const uncorrected = (text: string): ReadWord[][] => sentences(text).map((words) => words.map((word) => ({ plain: plainWord(word), corrections: [], edits: 0 })));

/**
 * The help a query needs, in the order help is shown. A word the grammar knows is taken as typed, any other as
 * search corrected it, then as the grammar spells it; `known` are words taken as meant (the site's own).
 */
export function detectNeeds(grammar: SafetyGrammar, query: Query, known: readonly string[] = [], explain?: (line: string) => void): Need[] {
  const g = compile(grammar);
  const { tokens, clause } = readTokens(g, query, known);
  const guarded = new Uint8Array(tokens.length);
  for (let at = 0; at < tokens.length; at++) {
    for (const list of candidates(g.guardPatterns, tokens[at])) {
      for (const guard of list) {
        const end = matchEnd(g, guard, tokens, at);
        if (end >= 0) guarded.fill(1, at, Math.max(end, at + 1));
      }
    }
  }
  /** Each need found, and how plainly a match named the reader in it (readerNamed). */
  const needs = new Map<Need, number>();
  for (let at = 0; at < tokens.length; at++) {
    for (const list of candidates(g.actPatterns, tokens[at])) {
      for (const { act, pattern, needsIntent, needsTarget } of list) {
        const end = matchEnd(g, pattern, tokens, at);
        if (end < 0 || guarded.subarray(at, end).some(Boolean)) continue;
        const near = (cls: string) => tokens.some((_, k) => clause[k] === clause[at] && (k < at || k >= end) && Math.abs(k - at) <= NEAR && inClass(g, cls, tokens, k));
        if (!act.with.every(near) || act.without.some(near)) continue;
        if (act.notBefore.some((cls) => inClass(g, cls, tokens, end))) continue;
        if (needsIntent && !tokens.slice(Math.max(0, at - INTENT_REACH), at).some((_, i) => inClass(g, "intent", tokens, Math.max(0, at - INTENT_REACH) + i))) continue;
        const found = doerOf(g, tokens, clause, at);
        // A subject inside the act's own words is its doer: "after im gone", "if i die", "nobody would miss me".
        // Not one after a preposition: "saying goodbye to everyone" is said to them, not by them.
        const inside = !act.reflexive ? -1 : tokens.slice(at, end).findIndex((token, i) => !PREPOSITIONS.has(tokens[at + i - 1] ?? "") && (SUBJECT_FORMS.has(token) || inClass(g, "nobody", tokens, at + i) || inClass(g, "everyone", tokens, at + i)));
        let doer = subject(inside >= 0 ? (personAt(g, tokens, at + inside)?.role ?? found.role) : found.role);
        let target = targetOf(g, tokens, clause, at, end, doer, act.target);
        // "my ex threatening to kill himself": whoever is named before, only he can do that to himself.
        if (target === "other-self") doer = "other";
        const by = tokens[end] === "by" ? personAt(g, tokens, end + 1) : undefined;
        if (by && participle(tokens[end - 1]!)) [doer, target] = [by.role === "reader" ? "reader" : "other", found.role === "none" ? "reader" : found.role];
        // "i was hit": no one named did it, the reader's own telling; "my son was blackmailed": done to another.
        else if (found.passive && doer !== "none") [doer, target] = [doer === "other" ? "other" : "none", doer];
        if (needsTarget && target === "none") continue;
        if (act.reflexive && target === "none") target = doer === "other" ? "other-self" : "reader-self";
        const { who } = act;
        const need = who[`${doer}>${target}`] ?? who[`${doer}>*`] ?? who[`*>${target}`] ?? who["*>*"];
        if (need) needs.set(need, Math.max(needs.get(need) ?? 0, act.speaks ? NAMED : readerNamed(need, doer, target)));
        explain?.(`${act.name} "${tokens.slice(at, end).join(" ")}" ${doer}>${target} → ${need ?? "-"}`);
      }
    }
  }
  // Both sides of harm: trust the one that names the reader more plainly ("i hit her" beside "men who hit").
  const [abuse, own] = [needs.get("abuse"), needs.get("own-behaviour")];
  if (abuse !== undefined && own !== undefined && abuse !== own) needs.delete(abuse > own ? "own-behaviour" : "abuse");
  return NEEDS.filter((need) => needs.has(need));
}

/** The words as the grammar reads them (misspellings mended) and the clause of each; the per-query memo restarts. */
function readTokens(g: Compiled, query: Query, known: readonly string[]): { tokens: string[]; clause: number[] } {
  const tokens: string[] = [];
  const clause: number[] = [];
  let c = 0;
  for (const sentence of typeof query === "string" ? uncorrected(query) : query) {
    for (const { plain, corrections, edits } of sentence) {
      if (CLAUSE_BREAKS.has(plain)) c++;
      // Stricter than search about typos: a real word search does not know is too easily danger ("load" is not "lad").
      const typo = !knows(g, plain) && plain.length >= TYPO.minLength && edits <= (plain.length >= TYPO.twoEditsFrom ? 2 : 1);
      const read = typo ? (corrections[0] ?? plain) : plain;
      for (const word of spell(g, read, known)) {
        tokens.push(word);
        clause.push(c);
      }
    }
    // Punctuation ends a sentence outright: a doer is looked for across a joining word, never across it.
    c += 2;
  }
  memo = { tokens, lengths: new Map() };
  return { tokens, clause };
}

/**
 * The words as the grammar reads them, for lib/safety-model.ts, with the classes each starts and its part: the clause
 * count halved, so punctuation always starts one, a joining word every second time (as the model was trained).
 */
export function grammarFeatures(grammar: SafetyGrammar, query: Query, known: readonly string[] = []): { tokens: string[]; part: number[]; classes: string[][] } {
  const g = compile(grammar);
  const { tokens, clause } = readTokens(g, query, known);
  const names = [...g.classIds.keys()];
  const classes = tokens.map((_, at) => names.filter((cls) => inClass(g, cls, tokens, at)));
  return { tokens, part: clause.map((c) => c >> 1), classes };
}

/** The whole words the grammar names, sorted: search corrects a misspelt query word to them too. */
export const grammarWords = (grammar: SafetyGrammar): readonly string[] => compile(grammar).words;

const NAMED = 2;
const UNNAMED_DOER = 1;
/** How plainly a match names the reader as the one hurt or hurting: "i grabbed her" does; "grabbed her arm" less so. */
function readerNamed(need: Need, doer: Role, target: Role): number {
  if (need === "abuse") return target === "reader" || target === "reader-self" ? NAMED : 0;
  if (need === "own-behaviour") return doer === "reader" ? NAMED : doer === "none" && target === "other" ? UNNAMED_DOER : 0;
  return 0;
}
