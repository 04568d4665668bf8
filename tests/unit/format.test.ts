/** Dates as British readers write them, day first, whatever the server's time zone. */
import { describe, expect, it } from "vitest";
import { formatDate, formatPartialDate } from "@/lib/format";

describe("dates on the site", () => {
  it("writes a day as day, month, year", () => {
    expect(formatDate("2026-12-01")).toBe("1 December 2026");
    expect(formatDate("2016-12-28")).toBe("28 December 2016");
  });

  it("keeps the calendar day of the content, not the server's day", () => {
    expect(formatDate("2026-01-01")).toBe("1 January 2026");
    expect(formatDate("2026-12-31")).toBe("31 December 2026");
  });

  it("says no more than a page's own date shows", () => {
    expect(formatPartialDate("2016")).toBe("2016");
    expect(formatPartialDate("2016-09")).toBe("September 2016");
    expect(formatPartialDate("2016-09-05")).toBe("5 September 2016");
  });
});
