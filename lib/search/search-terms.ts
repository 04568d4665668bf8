/**
 * content/search-terms.yaml: the words and phrases readers search with, mapped onto the words the
 * guides use, grouped under the topic they lead to. Validated with zod like every other content file;
 * a problem stops the build naming the file and the field. Read when the index is built, never when
 * a search is served (the index carries the result: ./synonyms.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { z } from "zod";
import { ContentError, contentDir } from "../content/load";
import { formatPath } from "../content/parse";
import { tagSlug } from "../content/schema";

const SEARCH_TERMS_FILE = "search-terms.yaml";

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

const searchTermsSchema = z.strictObject({
  topics: topics.default({}),
  general: wordMap.default({}),
});

export type SearchTerms = z.output<typeof searchTermsSchema>;

/** Reads and validates the file; a content folder without one has no synonyms. */
export function loadSearchTerms(dir: string = contentDir()): { terms: SearchTerms; file: string } {
  const absolute = path.join(dir, SEARCH_TERMS_FILE);
  const file = path.relative(path.dirname(path.resolve(dir)), absolute);
  if (!existsSync(absolute)) return { terms: { topics: {}, general: {} }, file };
  let data: unknown;
  try {
    data = yaml.load(readFileSync(absolute, "utf8"), { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    throw new ContentError([`${file}: malformed YAML (${(error as Error).message.split("\n")[0]})`]);
  }
  const result = searchTermsSchema.safeParse(data);
  if (!result.success) {
    throw new ContentError(result.error.issues.map((issue) => `${file}: ${formatPath(issue.path) || "file"}: ${issue.message}`));
  }
  return { terms: result.data, file };
}
