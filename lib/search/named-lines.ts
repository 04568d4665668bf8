/**
 * A reader who searches for one of our help lines by its name or number ("mens advice line", "samaritans number",
 * "116 123") is looking for that help, whatever else the query says. Names and numbers come from lib/help-lines.json,
 * so a line added there is known at once, and its part of /help names the need (lib/safety-terms.ts NEED_HELP).
 */
import { HELP_SERVICES, type HelpService } from "../help-resources";
import { NEEDS, type Need } from "../safety-grammar";
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

/**
 * Words as read for names and numbers: digits written in groups ("116 123", "9-8-8") joined into one number, and no
 * "the" ("call the samaritans", "The Trevor Project").
 */
function nameWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let digitsBefore = false;
  for (const word of words) {
    if (word === "the") continue;
    const digits = /^\d+$/.test(word);
    if (digits && digitsBefore) out[out.length - 1] += word;
    else out.push(word);
    digitsBefore = digits;
  }
  return out;
}

interface LineName {
  words: string[];
  /** Counts only as the whole query or beside a word for getting in touch. */
  everyday: boolean;
  need: Need;
}

/** A service's names as a reader types them: its name without the note in brackets, and its numbers. */
function namesOf(service: HelpService, need: Need): LineName[] {
  const name = nameWords(plainText(service.name.replace(/\([^)]*\)/g, " ")).trim().split(" "));
  const numbers = service.contacts.flatMap((c) => (c.kind === "web" ? [] : [c.number.replace(/\D/g, "")])).filter(Boolean);
  const everyday = (words: string[]) => !words.some((word) => CONTACT_WORDS.has(word) || LONG_NUMBER.test(word));
  return [name, ...new Set(numbers)].map((words) => (typeof words === "string" ? [words] : words)).map((words) => ({ words, everyday: everyday(words), need }));
}

/** Each line whose part of /help answers a need; emergency services and talk lines answer none of them. */
const LINE_NAMES: LineName[] = HELP_SERVICES.flatMap((service) => {
  const need = NEEDS.find((n) => NEED_HELP[n] === service.topic);
  return need ? namesOf(service, need) : [];
});

/** The needs of the lines a query names (its words as lib/text.ts plainWord reads them), in NEEDS order. */
export function namedLineNeeds(plainWords: readonly string[]): Need[] {
  const words = nameWords(plainWords);
  const found = new Set<Need>();
  for (const line of LINE_NAMES) {
    if (found.has(line.need)) continue;
    for (let at = 0; at + line.words.length <= words.length; at++) {
      if (!line.words.every((word, k) => words[at + k] === word)) continue;
      const end = at + line.words.length;
      const besideContact = CONTACT_WORDS.has(words[at - 1] ?? "") || CONTACT_WORDS.has(words[end] ?? "");
      if (!line.everyday || words.length === line.words.length || besideContact) {
        found.add(line.need);
        break;
      }
    }
  }
  return NEEDS.filter((need) => found.has(need));
}
