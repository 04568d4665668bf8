// Where a help entry's details were read: a number is only as good as its page, so readers are told whose and how old.
import { z } from "zod";
import { formatDate, formatPartialDate } from "./format";
import { addMonths } from "./review-clock";

/** One page an entry's details were read on, as lib/help-lines.json writes it. */
export const provenanceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /** "service": the service's own (or its operator's) site; "public-body": a public body's; "other": anything else. */
  kind: z.enum(["service", "public-body", "other"]),
  /** Who published the page, in words a reader knows: "Police Scotland", "Refuge, which runs the helpline". */
  by: z.string().min(1),
  /** The page's own date where it shows one: "2016", "2016-09" or "2016-09-05". */
  pageDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  checked: z.iso.date(),
  /** Why we relied on this page rather than the service's own. Shown to readers; required for "other". */
  note: z.string().min(1).optional(),
  /** What this page confirms when an entry cites more than one, e.g. "the text number". */
  confirms: z.string().min(1).optional(),
});

export type Provenance = z.output<typeof provenanceSchema>;

/** Public bodies' domains: a page counts when its host is one of these or a subdomain of one. */
const PUBLIC_BODY_DOMAINS = [
  "gov", // United States: every federal and state .gov site
  "gov.uk", "police.uk", "nhs.uk", "gov.scot", "gov.wales", "hscni.net", // United Kingdom
  "canada.ca", "gc.ca", "gov.bc.ca", "healthlinkbc.ca", "alberta.ca", "ontario.ca", "quebec.ca", "manitoba.ca", "gov.mb.ca", // Canada
  "gov.au", // Australia
  "gov.ie", "hse.ie", "garda.ie", // Ireland
  "govt.nz", // New Zealand
];

const siteHost = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\d?\./, "");
const isUnder = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export function isPublicBodyPage(url: string): boolean {
  return PUBLIC_BODY_DOMAINS.some((domain) => isUnder(siteHost(url), domain));
}

/** An entry's check stays good for six months. */
export const nextCheckAfter = (checked: string): string => addMonths(checked, 6);

/** The last day a page's date can stand for: "2016" → "2016-12-31", "2016-02" → "2016-02-29", a full day itself. */
export function lastDayOf(pageDate: string): string {
  if (/^\d{4}$/.test(pageDate)) return `${pageDate}-12-31`;
  if (/^\d{4}-\d{2}$/.test(pageDate)) {
    const [year, month] = pageDate.split("-").map(Number) as [number, number];
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return pageDate;
}

/** "from 2016", "from August 2015", "dated 5 September 2016", or "no date shown". */
function pageAge(pageDate: string | undefined): string {
  if (!pageDate) return "no date shown";
  return /^\d{4}-\d{2}-\d{2}$/.test(pageDate) ? `dated ${formatDate(pageDate)}` : `from ${formatPartialDate(pageDate)}`;
}

// One source as readers see it: "A page of the Wyoming Department of Health (a public body, no date shown) gives the
// number." Never the day we checked it, which a reader would take for a live check that day.
export function describeSource(source: Provenance, { website, gives }: { website: string | undefined; gives: string }) {
  const own = source.kind === "service" && !!website && isUnder(siteHost(source.url), siteHost(website));
  const details = [source.kind === "public-body" ? "a public body" : "", pageAge(source.pageDate)].filter(Boolean).join(", ");
  const what = source.confirms ?? gives;
  const verb = what.startsWith("that ") ? "says" : "gives";
  return { link: own ? "The service's own page" : `A page of ${source.by}`, rest: ` (${details}) ${verb} ${what}.${source.note ? ` ${source.note}` : ""}` };
}
