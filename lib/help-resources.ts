/**
 * The support services listed on /help, for readers in six countries. The entries themselves are data,
 * in lib/help-lines.json (the only place a phone number is written); this module checks that file
 * against the schema below when it loads and gives the rest of the site its types and helpers.
 *
 * Each entry records where its details were read (`sources`): the page, what kind of page it is (the
 * service's own, a public body's, or another site such as a news report), the page's own date where it
 * shows one, and the day we read it. The first source is the one the phone numbers come from. A wrong
 * crisis number is worse than none: a number no page confirms is left out, not guessed (an entry may
 * then point to the service's website instead, as the Ontario helpline does).
 * Every entry is due to be read again six months after its oldest check (`nextCheck`), and one whose
 * pages are all more than three years old is listed for a newer source (lib/help-review.ts).
 *
 * To add or change an entry, edit lib/help-lines.json, reading the service's own page first. Where you
 * cannot find it, use a public body's page, and only then another page, with a note that says what kind
 * of page it is. Notes are shown to readers: say what the page is ("A news report."), never how it was
 * found. Entries are listed as /help shows them: the emergency numbers first (one per country, each
 * citing a public body), then country by country, then the services that work wherever you live.
 * `npm run check:help-sources` fetches every source and says which numbers a page no longer shows.
 */
import { z } from "zod";
import data from "./help-lines.json";
import { nextCheckAfter, provenanceSchema, type Provenance } from "./help-provenance";

export type { Provenance } from "./help-provenance";

export const COUNTRIES = [
  { code: "us", name: "United States" },
  { code: "uk", name: "United Kingdom" },
  { code: "ca", name: "Canada" },
  { code: "au", name: "Australia" },
  { code: "ie", name: "Ireland" },
  { code: "nz", name: "New Zealand" },
] as const;

export type CountryCode = (typeof COUNTRIES)[number]["code"];

const countryCodes = COUNTRIES.map((c) => c.code);

const helpTopic = z.enum(["emergency", "crisis", "talk", "abuse", "own-behaviour", "image-abuse"]);

/**
 * What a service is for; each is one section of /help. "own-behaviour" lines help a person who has hurt,
 * threatened or controlled a partner (or fears they might) to stop; the "abuse" lines are for the people
 * being hurt. "talk" lines are someone to talk to that say they are not crisis lines (QLife): they sit
 * beside the crisis lines, never among them, so no list of crisis lines promises them at any hour.
 */
export type HelpTopic = z.output<typeof helpTopic>;

const nonEmpty = z.string().min(1);
const httpsUrl = z.url({ protocol: /^https$/ });

const contactSchema = z.discriminatedUnion("kind", [
  /** A phone number as the service writes it; `tel` the digits to dial from inside that country (freephone numbers often cannot be reached from abroad). */
  z.strictObject({ kind: z.literal("call"), number: nonEmpty, tel: z.string().regex(/^\+?\d+$/, "must be the digits to dial"), note: nonEmpty.optional() }),
  /** A text line: send `keyword` (if any) to `number`; `sameAsCall` when it is the number listed for calls too. */
  z.strictObject({ kind: z.literal("text"), number: nonEmpty, keyword: nonEmpty.optional(), sameAsCall: z.boolean().optional() }),
  /** A web page of the service (chat, reporting form, finder). */
  z.strictObject({ kind: z.literal("web"), url: httpsUrl, label: nonEmpty }),
]);

export type Contact = z.output<typeof contactSchema>;

const helpServiceSchema = z.strictObject({
  /** Stable id, also used as the HTML id of the entry on /help. */
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and hyphens"),
  /** A country, or "any" for services that work wherever the reader lives. */
  country: z.enum([...countryCodes, "any"]),
  topic: helpTopic,
  name: nonEmpty,
  /** Who it is for, in our words. */
  forWhat: nonEmpty,
  contacts: z.array(contactSchema).min(1),
  /** Opening hours, only where a page we read states them. Never what it costs: that is `cost`. */
  hours: nonEmpty.optional(),
  /**
   * What it costs, only where a page we read says so: "Free.", "Free to call." (texts may not be), or,
   * for a number that is not free to call (an Irish 01, an Australian 1300, a UK 0345), "Calls may cost
   * money." The site says "most are free", never "all"; a test holds the paid numbers to it.
   */
  cost: nonEmpty.optional(),
  /**
   * The service's own website, where readers find chat, hours and other options. Every service has one;
   * the emergency numbers do not need one (a reader in danger should call, not browse).
   */
  website: httpsUrl.optional(),
  /** Sites of the organisation that runs the service, when it is not the service's own domain. */
  operatorSites: z.array(httpsUrl).min(1).optional(),
  /** Where the details were read; the first is where the phone numbers come from. */
  sources: z.tuple([provenanceSchema], provenanceSchema),
});

const helpGapSchema = z.strictObject({
  country: z.enum(countryCodes),
  topic: helpTopic,
  text: nonEmpty,
  sources: z.tuple([provenanceSchema], provenanceSchema),
});

/**
 * Where a country has no line for a need, said plainly, with the nearest help, and the page that says
 * so. Shown under that need in the country's section of /help. No phone numbers here.
 */
export type HelpGap = z.output<typeof helpGapSchema>;

/** An entry as the site uses it: the last three fields are worked out from `sources`, never written in the JSON. */
export interface HelpService extends z.output<typeof helpServiceSchema> {
  /** The page the numbers come from (the first source's address). */
  source: string;
  /** The oldest day any of its sources was read, YYYY-MM-DD. */
  checked: string;
  /** Six months after `checked`: the day the entry is due to be read again. */
  nextCheck: string;
}

// A line or page that more than one entry cites (the US Hotline has one entry for the people being hurt
// and one for the people who hurt; Samaritans serves the UK and Ireland) is written once, under
// "sharedContacts" or "sharedSources", and cited as { "kind": "shared", "ref": key }, so a correction
// is made in one place and reaches every entry. A shared source may add its own "confirms".
const sharedRef = z.strictObject({ kind: z.literal("shared"), ref: nonEmpty });
const sharedSourceRef = sharedRef.extend({ confirms: nonEmpty.optional() });
const contactOrShared = z.discriminatedUnion("kind", [...contactSchema.options, sharedRef], { error: 'must be "call", "text", "web" or "shared"' });
const sourceOrShared = z.discriminatedUnion("kind", [provenanceSchema, sharedSourceRef], { error: 'must be "service", "public-body", "other" or "shared"' });
const sourcesOrShared = z.tuple([sourceOrShared], sourceOrShared);

const helpLinesSchema = z
  .strictObject({
    sharedContacts: z.record(z.string(), contactSchema),
    sharedSources: z.record(z.string(), provenanceSchema),
    services: z.array(helpServiceSchema.extend({ contacts: z.array(contactOrShared).min(1), sources: sourcesOrShared })),
    gaps: z.array(helpGapSchema.extend({ sources: sourcesOrShared })),
  })
  .transform((file, ctx) => {
    function shared<T>(from: Record<string, T>, ref: string, path: PropertyKey[]): T {
      const found = Object.hasOwn(from, ref) ? from[ref] : undefined;
      if (!found) ctx.addIssue({ code: "custom", path: [...path, "ref"], message: `no shared entry named "${ref}"` });
      return found!;
    }
    const contacts = (list: z.output<typeof contactOrShared>[], path: PropertyKey[]): Contact[] =>
      list.map((c, i) => (c.kind === "shared" ? shared(file.sharedContacts, c.ref, [...path, i]) : c));
    const sources = (list: z.output<typeof sourcesOrShared>, path: PropertyKey[]) =>
      list.map((s, i) => (s.kind === "shared" ? { ...shared(file.sharedSources, s.ref, [...path, i]), ...(s.confirms ? { confirms: s.confirms } : {}) } : s)) as [Provenance, ...Provenance[]];
    return {
      services: file.services.map((s, i) => ({ ...s, contacts: contacts(s.contacts, ["services", i, "contacts"]), sources: sources(s.sources, ["services", i, "sources"]) })),
      gaps: file.gaps.map((g, i) => ({ ...g, sources: sources(g.sources, ["gaps", i, "sources"]) })),
    };
  });

/** Where a problem is, named by the entry's id where it has one: "uk-samaritans.sources[0].kind". */
function where(path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  const id: unknown = list === "services" && typeof index === "number" ? data.services[index]?.id : undefined;
  const segments = typeof id === "string" && id ? [id, ...rest] : path;
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : `${i ? "." : ""}${String(s)}`)).join("") || "file";
}

function load(): { services: HelpService[]; gaps: HelpGap[] } {
  const result = helpLinesSchema.safeParse(data);
  if (!result.success) throw new Error(result.error.issues.map((issue) => `lib/help-lines.json: ${where(issue.path)}: ${issue.message}`).join("\n"));
  const services = result.data.services.map((s) => {
    const checked = s.sources.map((source) => source.checked).sort()[0]!;
    return { ...s, source: s.sources[0].url, checked, nextCheck: nextCheckAfter(checked) };
  });
  return { services, gaps: result.data.gaps };
}

const HELP_DATA = load();

export const HELP_SERVICES: HelpService[] = HELP_DATA.services;

export const HELP_GAPS: HelpGap[] = HELP_DATA.gaps;

export function gapsFor(country: CountryCode, topic: HelpTopic, gaps: readonly HelpGap[] = HELP_GAPS): HelpGap[] {
  return gaps.filter((gap) => gap.country === country && gap.topic === topic);
}

export function servicesFor(country: CountryCode | "any", topic: HelpTopic, services: HelpService[] = HELP_SERVICES): HelpService[] {
  return services.filter((s) => s.country === country && s.topic === topic);
}

/** A country's name ("United Kingdom"), or undefined for a code /help does not serve. */
export const countryName = (code: string): string | undefined => COUNTRIES.find((c) => c.code === code)?.name;

/** Calls and texts: the contacts that work from any phone, without a browser. */
export const directContacts = (contacts: readonly Contact[]): Contact[] => contacts.filter((c) => c.kind !== "web");

/** How a contact reads on the page: "Call 116 123", "Text SHOUT to 85258" (each number written once per service). */
export function contactLabel(contact: Contact): string {
  switch (contact.kind) {
    case "call":
      return `Call ${contact.number}${contact.note ? ` (${contact.note})` : ""}`;
    case "text":
      if (contact.sameAsCall) return "Text the same number";
      return contact.keyword ? `Text ${contact.keyword} to ${contact.number}` : `Text ${contact.number}`;
    case "web":
      return contact.label;
  }
}

/** The link a contact opens: tel: for calls, sms: (with the keyword as body) for texts. */
export function contactHref(contact: Contact): string {
  switch (contact.kind) {
    case "call":
      return `tel:${contact.tel}`;
    case "text": {
      const digits = contact.number.replace(/[^\d+]/g, "");
      return contact.keyword ? `sms:${digits}?body=${encodeURIComponent(contact.keyword)}` : `sms:${digits}`;
    }
    case "web":
      return contact.url;
  }
}
