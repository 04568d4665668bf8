/**
 * Where a help entry's details were read, and when they must be read again.
 *
 * Every number on /help is only as good as the page it was checked on. A reader deserves to know
 * whether that page was the service's own, a public body's, or something weaker such as a news
 * report, and how old it was. These types and helpers keep that record as data, so the page can say
 * it plainly and the tests can hold each entry to it.
 */
import { addMonths } from "./review-clock";

/**
 * - "service": a page on the service's own site (or the site of the organisation that runs it).
 * - "public-body": a page of a government, police, health or other public body.
 * - "other": anything else (news, a third party); such a page must carry a note saying why we used it.
 */
type SourceKind = "service" | "public-body" | "other";

export interface Provenance {
  url: string;
  kind: SourceKind;
  /** Who published the page, in words a reader knows: "Police Scotland", "Refuge, which runs the helpline". */
  by: string;
  /** The page's own date where it shows one: "2016", "2016-09" or "2016-09-05". */
  pageDate?: string;
  /** The day we read the page, YYYY-MM-DD. */
  checked: string;
  /** Why we relied on this page rather than the service's own. Shown to readers; required for "other". */
  note?: string;
  /** What this page confirms when an entry cites more than one, e.g. "the text number". */
  confirms?: string;
}

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
