// The review clock for /help. It only answers "which, on this day": the build warns, never fails on the calendar.
import { HELP_SERVICES, type HelpService } from "./help-resources";
import { lastDayOf } from "./help-provenance";
import { addMonths, today as dayOf } from "./review-clock";

/** Entries whose next-check day is `today` or earlier, oldest first. */
export function helpEntriesDue(today: Date, services: readonly HelpService[] = HELP_SERVICES) {
  const day = dayOf(today);
  return services
    .filter((service) => service.nextCheck <= day)
    .sort((a, b) => a.nextCheck.localeCompare(b.nextCheck) || a.id.localeCompare(b.id))
    .map(({ id, name, country, nextCheck }) => ({ id, name, country, nextCheck }));
}

const SOURCE_TOO_OLD_MONTHS = 36;

// Entries whose numbers come from a dated page and no page is dated within three years. An undated first source is
// not listed: its age is unknown, and the page says so to readers ("no date shown").
export function helpEntriesWithOldSources(today: Date, services: readonly HelpService[] = HELP_SERVICES) {
  const cutoff = addMonths(dayOf(today), -SOURCE_TOO_OLD_MONTHS);
  return services.flatMap((service) => {
    if (!service.sources[0].pageDate) return [];
    const dated = service.sources.flatMap((s) => (s.pageDate ? [s.pageDate] : [])).sort((a, b) => lastDayOf(a).localeCompare(lastDayOf(b)));
    const newest = dated.at(-1)!;
    if (lastDayOf(newest) >= cutoff) return [];
    return [{ id: service.id, name: service.name, country: service.country, newest }];
  }).sort((a, b) => lastDayOf(a.newest).localeCompare(lastDayOf(b.newest)) || a.id.localeCompare(b.id));
}
