/**
 * A reader who searches for one of our help lines by its name or number ("mens advice line", "samaritans number",
 * "116 123") is looking for that help, whatever else the query says. Names and numbers come from lib/help-lines.json,
 * so a line added there is known at once, and its part of /help names the need (lib/safety-terms.ts NEED_HELP).
 */
import { HELP_SERVICES, numberDigits, type HelpService } from "../help-resources";
import { NEEDS, type Need, type ReadWord } from "../safety-grammar";
import { NEED_HELP } from "../safety-terms";
import { plainText } from "../text";

/**
 * Most names are everyday words too ("Shout", "Lifeline", "Take It Down", "Move Ireland"), and so are short numbers
 * ("day 211 of no contact"). A name counts anywhere only when it says it is a line ("Revenge Porn Helpline") or is a
 * number of five digits or more; any other name or number counts as the whole query or beside a word for getting in
 * touch ("samaritans number", "call 988").
 */
const LONG_NUMBER = /^\d{5,}$/;
const CONTACT_WORDS = new Set(["call", "calling", "called", "ring", "ringing", "rang", "dial", "text", "texting", "texted", "number", "line", "helpline", "hotline", "phone", "phoneline", "chat"]);

/** A query word as search read it: its plain form, and the known words it may be a misspelling of. */
type NameWord = Pick<ReadWord, "plain" | "corrections">;

/**
 * Words as read for names and numbers: digits written in groups ("116 123", "9-8-8") joined into one number, and no
 * "the" ("call the samaritans", "The Trevor Project").
 */
function nameWords(words: readonly NameWord[]): NameWord[] {
  const out: NameWord[] = [];
  let digitsBefore = false;
  for (const word of words) {
    if (word.plain === "the") continue;
    const digits = /^\d+$/.test(word.plain);
    if (digits && digitsBefore) out[out.length - 1] = { plain: out[out.length - 1]!.plain + word.plain, corrections: [] };
    else out.push(word);
    digitsBefore = digits;
  }
  return out;
}

const plainWords = (words: readonly string[]) => nameWords(words.map((plain) => ({ plain, corrections: [] }))).map(({ plain }) => plain);

/** A help line a query names: its id in the help data, and the need its part of /help answers. */
export interface NamedLine {
  id: string;
  need: Need;
}

interface LineName extends NamedLine {
  words: string[];
  /** Counts only as the whole query or beside a word for getting in touch. */
  everyday: boolean;
}

/** A service's names as a reader types them: its name without the note in brackets, and its numbers. */
function namesOf(service: HelpService, need: Need): LineName[] {
  const name = plainWords(plainText(service.name.replace(/\([^)]*\)/g, " ")).trim().split(" "));
  const numbers = numberDigits(service.contacts);
  const everyday = (words: string[]) => !words.some((word) => CONTACT_WORDS.has(word) || LONG_NUMBER.test(word));
  return [name, ...[...new Set(numbers)].map((digits) => [digits])].map((words) => ({ id: service.id, need, words, everyday: everyday(words) }));
}

/** Each line whose part of /help answers a need; emergency services and talk lines answer none of them. */
const LINE_NAMES: LineName[] = HELP_SERVICES.flatMap((service) => {
  const need = NEEDS.find((n) => NEED_HELP[n] === service.topic);
  return need ? namesOf(service, need) : [];
});

/** The lines a query names, in the help data's order; a misspelt word counts as any word it may be ("mens advise line"). */
export function namedLines(queryWords: readonly NameWord[]): NamedLine[] {
  const words = nameWords(queryWords);
  const is = (word: NameWord | undefined, name: string) => word !== undefined && (word.plain === name || word.corrections.includes(name));
  const contact = (word: NameWord | undefined) => word !== undefined && [word.plain, ...word.corrections].some((w) => CONTACT_WORDS.has(w));
  const found = new Map<string, NamedLine>();
  for (const line of LINE_NAMES) {
    if (found.has(line.id)) continue;
    for (let at = 0; at + line.words.length <= words.length; at++) {
      if (!line.words.every((word, k) => is(words[at + k], word))) continue;
      const besideContact = contact(words[at - 1]) || contact(words[at + line.words.length]);
      if (!line.everyday || words.length === line.words.length || besideContact) {
        found.set(line.id, { id: line.id, need: line.need });
        break;
      }
    }
  }
  return [...found.values()];
}
