// The support services on /help. The entries are data in lib/help-lines.json (the only place a phone number is
// written), checked against the schema below on load, each with the pages its details were read on (`sources`;
// the first gives the numbers). A wrong crisis number is worse than none: one no page confirms is left out, not
// guessed. To change an entry, read the service's own page first; failing that a public body's, and only then
// another page, with a note saying what kind of page it is (notes are shown to readers: "A news report.", never
// how it was found). Entries are in /help's order: the emergency numbers, then country by country, then services
// for anywhere. `npm run check:help-sources` fetches every source and says which numbers a page no longer shows.
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

// "own-behaviour" lines help a person who has hurt a partner (or fears they might) to stop. "talk" lines say they
// are not crisis lines (QLife): they sit beside them, never among them, so no crisis list promises them at any hour.
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
  country: z.enum([...countryCodes, "any"]),
  topic: helpTopic,
  name: nonEmpty,
  /** Who it is for, in our words. */
  forWhat: nonEmpty,
  contacts: z.array(contactSchema).min(1),
  /** Opening hours, only where a page we read states them. Never what it costs: that is `cost`. */
  hours: nonEmpty.optional(),
  // Only where a page we read says so: "Free.", "Free to call." (texts may not be), or "Calls may cost money." for a
  // paid number (an Irish 01, an Australian 1300, a UK 0345). So the site says "most are free", never "all".
  cost: nonEmpty.optional(),
  /** Every service has one; the emergency numbers do not (a reader in danger should call, not browse). */
  website: httpsUrl.optional(),
  /** Sites of the organisation that runs the service, when it is not the service's own domain. */
  operatorSites: z.array(httpsUrl).min(1).optional(),
  sources: z.tuple([provenanceSchema], provenanceSchema),
});

const helpGapSchema = z.strictObject({
  country: z.enum(countryCodes),
  topic: helpTopic,
  text: nonEmpty,
  sources: z.tuple([provenanceSchema], provenanceSchema),
});

/** Where a country has no line for a need, said plainly, with the nearest help and the page that says so. */
export type HelpGap = z.output<typeof helpGapSchema>;

/** `source` (the first source's URL), `checked` (the oldest day read) and `nextCheck` come from `sources`. */
export interface HelpService extends z.output<typeof helpServiceSchema> {
  source: string;
  checked: string;
  nextCheck: string;
}

// A line or page that more than one entry cites (Samaritans serves the UK and Ireland) is written once, under
// "sharedContacts" or "sharedSources", and cited as { "kind": "shared", "ref": key }, so a correction reaches
// every entry. A shared source may add its own "confirms".
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

export const { services: HELP_SERVICES, gaps: HELP_GAPS } = load();

export const gapsFor = (country: CountryCode, topic: HelpTopic): HelpGap[] =>
  HELP_GAPS.filter((gap) => gap.country === country && gap.topic === topic);

export const servicesFor = (country: CountryCode | "any", topic: HelpTopic): HelpService[] =>
  HELP_SERVICES.filter((s) => s.country === country && s.topic === topic);

export const countryName = (code: string): string | undefined => COUNTRIES.find((c) => c.code === code)?.name;

/** Calls and texts: the contacts that work from any phone, without a browser. */
export const directContacts = (contacts: readonly Contact[]): Contact[] => contacts.filter((c) => c.kind !== "web");

/** The digits of each number a service is called or texted on ("0808 2000 247" → "08082000247"). */
export function numberDigits(contacts: readonly Contact[]): string[] {
  return contacts.flatMap((c) => (c.kind === "web" ? [] : [c.number.replace(/\D/g, "")])).filter(Boolean);
}

/** "Call 116 123", "Text SHOUT to 85258": each number written once per service. */
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
