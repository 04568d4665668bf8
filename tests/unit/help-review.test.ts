/** The review clock: which /help entries are due to be read again on a given day. */
import { describe, expect, it } from "vitest";
import { HELP_SERVICES, type HelpService } from "@/lib/help-resources";
import { helpEntriesDue, helpEntriesWithOldSources } from "@/lib/help-review";

/** A copy of a real entry as if it had last been read on `checked`. */
function readOn(id: string, checked: string, nextCheck: string): HelpService {
  const service = HELP_SERVICES.find((s) => s.id === id)!;
  return { ...service, checked, nextCheck, sources: [{ ...service.sources[0], checked }] };
}

describe("helpEntriesDue", () => {
  const entries = [readOn("uk-samaritans", "2026-12-01", "2027-06-01"), readOn("nz-1737", "2026-06-10", "2026-12-10"), readOn("uk-shout", "2026-09-01", "2027-03-01")];

  it("lists nothing before an entry's next-check day, and the entry from that day on", () => {
    expect(helpEntriesDue(new Date("2026-12-09T23:59:00Z"), entries)).toEqual([]);
    expect(helpEntriesDue(new Date("2026-12-10T00:00:00Z"), entries).map((e) => e.id)).toEqual(["nz-1737"]);
  });

  it("lists the longest-overdue first, with what a maintainer needs to find it", () => {
    expect(helpEntriesDue(new Date("2027-07-01T12:00:00Z"), entries)).toEqual([
      { id: "nz-1737", name: "1737, Need to talk?", country: "nz", nextCheck: "2026-12-10" },
      { id: "uk-shout", name: "Shout", country: "uk", nextCheck: "2027-03-01" },
      { id: "uk-samaritans", name: "Samaritans", country: "uk", nextCheck: "2027-06-01" },
    ]);
  });

  it("falls due for the whole page six months after the day it was all re-read", () => {
    const lastRead = HELP_SERVICES.map((s) => s.checked).sort().at(-1)!;
    const [year, month, day] = lastRead.split("-").map(Number) as [number, number, number];
    const sixMonthsOn = new Date(Date.UTC(year, month - 1 + 6, day));
    expect(helpEntriesDue(new Date(Date.UTC(year, month - 1, day)))).toEqual([]);
    expect(helpEntriesDue(sixMonthsOn).length).toBe(HELP_SERVICES.filter((s) => s.checked === lastRead || s.checked < lastRead).length);
  });
});

describe("helpEntriesWithOldSources", () => {
  /** A copy of a real entry whose pages carry these dates (undefined: the page shows none). */
  function datedAs(id: string, ...pageDates: (string | undefined)[]): HelpService {
    const service = HELP_SERVICES.find((s) => s.id === id)!;
    const sources = pageDates.map((pageDate, i) => ({ ...service.sources[0], url: `https://example.org/${i}`, pageDate }));
    return { ...service, sources: sources as HelpService["sources"] };
  }
  const on = new Date("2026-12-05T08:00:00Z");

  it("lists an entry whose number page and every other dated page are more than three years old", () => {
    expect(helpEntriesWithOldSources(on, [datedAs("nz-1737", "2021")])).toEqual([{ id: "nz-1737", name: "1737, Need to talk?", country: "nz", newest: "2021" }]);
    expect(helpEntriesWithOldSources(on, [datedAs("us-loveisrespect", "2015-08", "2021-02-10")]).map((e) => e.newest)).toEqual(["2021-02-10"]);
  });

  it("counts a page dated only by year or month as current until the end of it", () => {
    expect(helpEntriesWithOldSources(on, [datedAs("nz-1737", "2023")])).toEqual([]);
    expect(helpEntriesWithOldSources(on, [datedAs("nz-1737", "2023-12")])).toEqual([]);
    expect(helpEntriesWithOldSources(on, [datedAs("nz-1737", "2023-11")]).length).toBe(1);
  });

  it("does not list an entry with a page dated in the last three years, or whose number page shows no date", () => {
    expect(helpEntriesWithOldSources(on, [datedAs("nz-1737", "2015", "2024-07-30")])).toEqual([]);
    expect(helpEntriesWithOldSources(on, [datedAs("nz-1737", undefined, "2015")])).toEqual([]);
  });

  it("never depends on anything but the day: the same entries on the same day", () => {
    expect(helpEntriesWithOldSources(on)).toEqual(helpEntriesWithOldSources(new Date("2026-12-05T23:00:00Z")));
  });
});
