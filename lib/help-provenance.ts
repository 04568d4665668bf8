/**
 * Where a help entry's details were read, and when they must be read again.
 *
 * Every number on /help is only as good as the page it was checked on. A reader deserves to know
 * whether that page was the service's own, a public body's, or something weaker such as a news
 * report, and how old it was. These types and helpers keep that record as data, so the page can say
 * it plainly and the tests can hold each entry to it.
 */
import { z } from "zod";
import { formatDate, formatPartialDate } from "./format";
import { addMonths } from "./review-clock";

/**
 * One page an entry's details were read on, as lib/help-lines.json writes it. lib/help-resources.ts
 * checks the file against this schema when it loads; the type is inferred from it, so the two agree.
 */
export const provenanceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  /**
   * - "service": a page on the service's own site (or the site of the organisation that runs it).
   * - "public-body": a page of a government, police, health or other public body.
   * - "other": anything else (news, a third party); such a page must carry a note saying why we used it.
   */
  kind: z.enum(["service", "public-body", "other"]),
  /** Who published the page, in words a reader knows: "Police Scotland", "Refuge, which runs the helpline". */
  by: z.string().min(1),
  /** The page's own date where it shows one: "2016", "2016-09" or "2016-09-05". */
  pageDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  /** The day we read the page, YYYY-MM-DD. */
  checked: z.iso.date(),
  /** Why we relied on this page rather than the service's own. Shown to readers; required for "other". */
  note: z.string().min(1).optional(),
  /** What this page confirms when an entry cites more than one, e.g. "the text number". */
  confirms: z.string().min(1).optional(),
});

export type Provenance = z.output<typeof provenanceSchema>;

/** How long a check stays good: after this many months an entry is due to be read again. */
const RECHECK_AFTER_MONTHS = 6;

/**
 * Domains of public bodies whose pages count as a public body's source. A page counts when its host is
 * one of these or ends with "." plus one of them ("gov" covers every US federal and state .gov site).
 */
const PUBLIC_BODY_DOMAINS: readonly string[] = [
  // United States
  "gov",
  // United Kingdom
  "gov.uk",
  "police.uk",
  "nhs.uk",
  "gov.scot",
  "gov.wales",
  "hscni.net",
  // Canada
  "canada.ca",
  "gc.ca",
  "gov.bc.ca",
  "healthlinkbc.ca",
  "alberta.ca",
  "ontario.ca",
  "quebec.ca",
  // Australia
  "gov.au",
  // Ireland
  "gov.ie",
  "hse.ie",
  "garda.ie",
  // New Zealand
  "govt.nz",
];

function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

export function isPublicBodyPage(url: string, domains: readonly string[] = PUBLIC_BODY_DOMAINS): boolean {
  const host = hostOf(url);
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The day an entry read on `checked` is due to be read again. */
export function nextCheckAfter(checked: string): string {
  return addMonths(checked, RECHECK_AFTER_MONTHS);
}

/** The last day a page's date can stand for: "2016" → "2016-12-31", "2016-02" → "2016-02-29", a full day itself. */
export function lastDayOf(pageDate: string): string {
  if (/^\d{4}$/.test(pageDate)) return `${pageDate}-12-31`;
  if (/^\d{4}-\d{2}$/.test(pageDate)) {
    const [year, month] = pageDate.split("-").map(Number) as [number, number];
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return pageDate;
}

/** "the service's own page" → "The service's own page". */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The host of a page without "www.", for comparing sites. */
const siteHost = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\d?\./, "");

/** Whether `url` is on the site `website` (the same host, or a host under it). */
function isOnSite(url: string, website: string | undefined): boolean {
  if (!website) return false;
  const [host, site] = [siteHost(url), siteHost(website)];
  return host === site || host.endsWith(`.${site}`);
}

/** "from 2016", "from August 2015", "dated 5 September 2016", or "no date shown". */
function pageAge(pageDate: string | undefined): string {
  if (!pageDate) return "no date shown";
  return /^\d{4}-\d{2}-\d{2}$/.test(pageDate) ? `dated ${formatDate(pageDate)}` : `from ${formatPartialDate(pageDate)}`;
}

/**
 * One source said in plain words, as the reader sees it under an entry: whose page it is (the link
 * text), what kind and how old, and what it gives:
 * "A page of the Wyoming Department of Health (a public body, no date shown) gives the number."
 * "The service's own page (from August 2015) gives the numbers. An old page of the service's own."
 * It says what the details were read on and how old that page is, never a day of checking, which a
 * reader would take for a live check that day.
 */
export function describeSource(
  source: Provenance,
  context: {
    /** The service's own website: a "service" page there is "the service's own page". */
    website: string | undefined;
    /** What the page gives when it does not say (`confirms`): "the number", "the numbers", "these details". */
    gives: string;
  },
): { link: string; rest: string } {
  const link = source.kind === "service" && isOnSite(source.url, context.website) ? "The service's own page" : `A page of ${source.by}`;
  const details = [source.kind === "public-body" ? "a public body" : "", pageAge(source.pageDate)].filter(Boolean).join(", ");
  const what = source.confirms ?? context.gives;
  const verb = what.startsWith("that ") ? "says" : "gives";
  return { link: capitalise(link), rest: ` (${details}) ${verb} ${what}.${source.note ? ` ${source.note}` : ""}` };
}
