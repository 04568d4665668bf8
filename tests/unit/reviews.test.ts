import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { helpSourcesToRenew, reviewsDue } from "@/lib/content/reviews";
import { HELP_SERVICES } from "@/lib/help-resources";
import { addMonths, nextReviewDue } from "@/lib/review-clock";
import { VALID } from "./helpers";

// Every page of the fixture site was reviewed on 3 January 2026.
const content = loadContentFrom(VALID);
const pageCount = content.articles.length + content.stages.length + content.tags.length + content.pages.length;
const lastHelpCheck = HELP_SERVICES.map((s) => s.nextCheck).sort().at(-1)!;

describe("review clock", () => {
  it("a page is next due twelve months after its review; the 31st of a short month becomes its last day", () => {
    expect(nextReviewDue("2026-01-03")).toBe("2027-01-03");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
  });

  it("lists nothing on the day a page falls due, and every page the day after", () => {
    const onTheDay = reviewsDue(content, new Date("2027-01-03T12:00:00Z")).filter((line) => !line.startsWith("help line"));
    expect(onTheDay).toEqual([]);
    const dayAfter = reviewsDue(content, new Date("2027-01-04T00:00:00Z")).filter((line) => !line.startsWith("help line"));
    expect(dayAfter).toHaveLength(pageCount);
    expect(dayAfter).toContain('article "First Article": review was due on 3 January 2027');
  });

  it("lists help lines once their six months are up, after the content pages", () => {
    const due = reviewsDue(content, new Date(`${lastHelpCheck}T00:00:00Z`));
    expect(due.filter((line) => / check was due on /.test(line))).toHaveLength(HELP_SERVICES.length);
    expect(due.findIndex((line) => line.startsWith("help line"))).toBe(pageCount);
  });

  it("asks for a newer source for help lines whose pages are all more than three years old, apart from what is due", () => {
    const on = new Date("2026-12-05T12:00:00Z");
    const renew = helpSourcesToRenew(on);
    expect(renew).toContain('help line "love is respect" (us): find a newer source (its newest page is from 10 February 2021)');
    expect(new Set(renew).size).toBe(renew.length);
    // The build warns only about what the calendar has made due; an old source is not that.
    expect(reviewsDue(content, on).filter((line) => line.includes("find a newer source"))).toEqual([]);
  });
});
