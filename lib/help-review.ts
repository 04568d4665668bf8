/**
 * The review clock for /help: which entries are due to be read again, and which rest on pages too old
 * to trust without a newer one. Each entry's details were read on a day; six months later the entry is
 * due (`nextCheck`). Separately, a page's own date says how current it is: an entry whose numbers come
 * from a dated page, with no page of its own dated within the last three years, needs a newer source.
 * This module only answers "which, on this day"; the check script and the build decide what to do with
 * the answer (the build warns, it never fails on the calendar alone).
 */
import { HELP_SERVICES, type HelpService } from "./help-resources";
import { lastDayOf } from "./help-provenance";
import { addMonths, today as dayOf } from "./review-clock";

interface DueEntry {
  id: string;
  name: string;
  /** A country code, or "any". */
  country: string;
  /** The day the entry became due, YYYY-MM-DD. */
  nextCheck: string;
}

/** Entries whose next-check day is `today` or earlier, oldest first. */
export function helpEntriesDue(today: Date, services: readonly HelpService[] = HELP_SERVICES): DueEntry[] {
  const day = dayOf(today);
  return services
    .filter((service) => service.nextCheck <= day)
    .sort((a, b) => a.nextCheck.localeCompare(b.nextCheck) || a.id.localeCompare(b.id))
    .map(({ id, name, country, nextCheck }) => ({ id, name, country, nextCheck }));
}

/** How old a page may be before an entry that rests on it needs a newer one. */
const SOURCE_TOO_OLD_MONTHS = 36;

interface OldSourceEntry {
  id: string;
  name: string;
  country: string;
  /** The newest page date among the entry's sources, as the page shows it ("2016", "2017-12-26"). */
  newest: string;
}

/**
 * Entries to find a newer source for: the page the numbers come from (the first source) shows a date,
 * and no source of the entry is dated within three years of `today`. An undated first source is not
 * listed: its age is unknown, and the page says so to readers ("no date shown").
 */
export function helpEntriesWithOldSources(today: Date, services: readonly HelpService[] = HELP_SERVICES): OldSourceEntry[] {
  const cutoff = addMonths(dayOf(today), -SOURCE_TOO_OLD_MONTHS);
  return services.flatMap((service) => {
    if (!service.sources[0].pageDate) return [];
    const dated = service.sources.flatMap((s) => (s.pageDate ? [s.pageDate] : [])).sort((a, b) => lastDayOf(a).localeCompare(lastDayOf(b)));
    const newest = dated.at(-1)!;
    if (lastDayOf(newest) >= cutoff) return [];
    return [{ id: service.id, name: service.name, country: service.country, newest }];
  }).sort((a, b) => lastDayOf(a.newest).localeCompare(lastDayOf(b.newest)) || a.id.localeCompare(b.id));
}
