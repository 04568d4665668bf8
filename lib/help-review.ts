/**
 * The review clock for /help: which entries are due to be read again. Each entry's details were checked
 * on a day; six months later the entry is due (`nextCheck`). This module only answers "which are due on
 * this day"; the check script and the build decide what to do with the answer (the build warns, it never
 * fails on the calendar alone).
 */
import { HELP_SERVICES, type HelpService } from "./help-resources";
import { today as dayOf } from "./review-clock";

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
