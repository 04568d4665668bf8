/**
 * The word lists of the content folder (safety-terms.yaml, safety-grammar.yaml, safety-model.json and the optional
 * search-terms.yaml), checked like front matter into the same problems, so one build run reports every mistake.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { z } from "zod";
import { safetyGrammarSchema, type SafetyGrammar } from "../safety-grammar";
import { safetyModelSchema, type SafetyModel } from "../safety-model";
import { SAFETY_KIND_NAMES, type SafetyKind, type SafetyVocabulary } from "../safety-terms";
import { indexTerm, phraseTerm, tokenize } from "../text";
import { formatPath } from "./parse";
import { tagSlug } from "./schema";

const entry = z
  .string()
  .trim()
  .min(1, "an entry must not be empty")
  .regex(/^[a-z0-9 ]+\*?(?: [a-z0-9 ]+\*?)*$/, "write entries in lowercase letters, digits and spaces, with an optional * at the end of a word");

const kindEntry = z.strictObject({ terms: z.array(entry).min(1, "every kind needs at least one term") });

const safetySchema = z.strictObject(Object.fromEntries(SAFETY_KIND_NAMES.map((kind) => [kind, kindEntry])) as Record<SafetyKind, typeof kindEntry>);

const word = z.string().trim().regex(/^[\p{L}\p{N}]+$/u, "must be one word (letters or digits)");
/** What a reader types: one word, or a phrase of words separated by single spaces ("left on read"). */
const readerWords = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u, "must be a word, or words separated by single spaces (letters or digits)");
/** A reader's word or phrase → the words of the guides it stands for. */
const wordMap = z.record(readerWords, z.array(word).min(1, "list at least one word"));

/** Topic slug → its words; a key that is not a tag is refused with the tag schema's own message. */
const topics = z.record(z.string(), wordMap).superRefine((record, ctx) => {
  for (const key of Object.keys(record)) {
    const check = tagSlug.safeParse(key);
    if (!check.success) ctx.addIssue({ code: "custom", path: [key], message: check.error.issues[0]!.message });
  }
});

const searchSchema = z.strictObject({ topics: topics.default({}), general: wordMap.default({}) }).superRefine(({ topics, general }, ctx) => {
  // Search finds every form of a word, so a filler word is never searched and two forms of one word are one key.
  const keyOf = new Map<string, string>();
  const groups = [...Object.entries(topics).map(([tag, words]) => [["topics", tag], words] as const), [["general"], general] as const];
  for (const [where, words] of groups) {
    for (const key of Object.keys(words)) {
      const keyWords = tokenize(key);
      const stem = keyWords.length > 1 ? keyWords.map(phraseTerm).join(" ") : indexTerm(key);
      const twin = stem && keyOf.get(stem);
      if (!stem) ctx.addIssue({ code: "custom", path: [...where, key], message: `"${key}" is a filler word the search ignores` });
      else if (twin) ctx.addIssue({ code: "custom", path: [...where, key], message: `a form of the same ${keyWords.length > 1 ? "phrase" : "word"} as ${twin} (list its words there)` });
      else keyOf.set(stem, [...where, key].join("."));
    }
  }
});

export type SearchTerms = z.output<typeof searchSchema>;

/** Parses one list's text; each problem is a `file: field: message` line, as for front matter. */
function parseList<S extends z.ZodType>(schema: S, text: string, file: string, problems: string[]): z.output<S> | undefined {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    problems.push(`${file}: malformed YAML (${(error as Error).message.split("\n")[0]})`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...result.error.issues.map((issue) => `${file}: ${formatPath(issue.path) || "file"}: ${issue.message}`));
  return undefined;
}

export const parseSafetyVocabulary = (text: string, problems: string[], file = "content/safety-terms.yaml"): SafetyVocabulary | undefined =>
  parseList(safetySchema, text, file, problems);

export interface TermLists {
  /** Undefined when the file is missing or has problems (the build stops then). */
  safetyVocabulary?: SafetyVocabulary;
  safetyGrammar?: SafetyGrammar;
  safetyModel?: SafetyModel;
  searchTerms?: SearchTerms;
}

/** Reads the lists from the content folder `dir`; a folder without search-terms.yaml has no synonyms. */
export function readTermLists(dir: string, problems: string[]): TermLists {
  const read = (name: string, required: string | undefined) => {
    const absolute = path.join(/*turbopackIgnore: true*/ dir, name);
    const file = path.relative(path.dirname(path.resolve(dir)), absolute);
    if (existsSync(absolute)) return { text: readFileSync(absolute, "utf8"), file };
    if (required) problems.push(`${file}: file is missing (${required})`);
    return { text: required ? undefined : "{}", file };
  };
  const safety = read("safety-terms.yaml", "the safety vocabulary the build checks every passage against");
  const grammar = read("safety-grammar.yaml", "how search recognises a reader who needs help");
  const model = read("safety-model.json", "the learned second reader beside the grammar; npm run train:safety writes it");
  const search = read("search-terms.yaml", undefined);
  return {
    safetyVocabulary: safety.text === undefined ? undefined : parseSafetyVocabulary(safety.text, problems, safety.file),
    safetyGrammar: grammar.text === undefined ? undefined : parseList(safetyGrammarSchema, grammar.text, grammar.file, problems),
    // JSON is YAML: the same reader, the same `file: field: message` problems.
    safetyModel: model.text === undefined ? undefined : parseList(safetyModelSchema, model.text, model.file, problems),
    searchTerms: parseList(searchSchema, search.text!, search.file, problems),
  };
}
