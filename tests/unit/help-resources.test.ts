/**
 * The help data: every entry says honestly where its details were read and when, every number is written
 * once, every country has the lines a reader needs, and every contact dials what it shows.
 */
import { getDomain } from "tldts";
import { describe, expect, it } from "vitest";
import { describeSource, isPublicBodyPage, lastDayOf } from "@/lib/help-provenance";
import { addMonths } from "@/lib/review-clock";
import { COUNTRIES, contactHref, contactLabel, HELP_GAPS, HELP_SERVICES, servicesFor, type HelpService } from "@/lib/help-resources";

/** The registrable domain of a page ("www2.hse.ie" → "hse.ie"), counting private suffixes such as uk.net. */
const siteOf = (url: string) => getDomain(url, { allowPrivateDomains: true });

/** The sites a "service" source may sit on: the service's own website and those of whoever runs it. */
const ownSites = (service: HelpService) => new Set([service.website, ...(service.operatorSites ?? [])].filter((u): u is string => !!u).map(siteOf));

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const byId = HELP_SERVICES.map((s) => [s.id, s] as const);
const dialled = (service: HelpService) => service.contacts.flatMap((c) => (c.kind === "web" ? [] : [c]));
const digitsOf = (number: string) => number.replace(/\D/g, "");

describe("where each entry's details were read", () => {
  it.each(byId)("%s names real pages, each read on a real day that is no earlier than the page itself", (_, service) => {
    expect(service.sources.length).toBeGreaterThan(0);
    for (const source of service.sources) {
      expect(new URL(source.url).protocol, source.url).toMatch(/^https?:$/);
      expect(source.checked).toMatch(ISO_DAY);
      expect(Number.isNaN(Date.parse(`${source.checked}T00:00:00Z`))).toBe(false);
      expect(source.by.trim(), source.url).not.toBe("");
      if (source.pageDate) {
        expect(source.pageDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(source.pageDate <= source.checked, `${source.url} is dated after it was read`).toBe(true);
      }
    }
  });

  it.each(byId)("%s calls a page the service's own only when it is on the service's site, and a public body's only when it is one", (_, service) => {
    for (const source of service.sources) {
      if (source.kind === "service") expect([...ownSites(service)], source.url).toContain(siteOf(source.url));
      if (source.kind === "public-body") expect(isPublicBodyPage(source.url), source.url).toBe(true);
    }
  });

  it.each(byId)("%s tells the reader why, whenever it relies on a page that is neither the service's own nor a public body's", (_, service) => {
    for (const source of service.sources) {
      if (source.kind !== "other") continue;
      expect(source.note?.trim(), `${source.url} needs a note saying what kind of page it is`).toBeTruthy();
      // A page on the service's own site or a public body's must say so, not hide under "other".
      expect(ownSites(service).has(siteOf(source.url)), source.url).toBe(false);
      expect(isPublicBodyPage(source.url), source.url).toBe(false);
    }
  });

  it("cites a public body for every emergency number", () => {
    for (const service of servicesForTopic("emergency")) {
      for (const source of service.sources) expect(source.kind, `${service.id}: ${source.url}`).toBe("public-body");
    }
  });

  it.each(byId.filter(([, s]) => s.topic !== "emergency"))("%s links the service's own website, or cites no page as its own", (_, service) => {
    // A wrong website is as bad as a wrong number: an entry whose own site no page confirms has none,
    // and then none of its sources may claim to be the service's own page.
    if (service.website) expect(service.website, service.id).toMatch(/^https:\/\//);
    else expect(service.sources.filter((s) => s.kind === "service"), service.id).toEqual([]);
  });

  it("dates each entry by its oldest check, and makes it due again six calendar months later", () => {
    for (const service of HELP_SERVICES) {
      expect(service.checked).toBe(service.sources.map((s) => s.checked).sort()[0]);
      const [checked, next] = [new Date(`${service.checked}T00:00:00Z`), new Date(`${service.nextCheck}T00:00:00Z`)];
      const months = (next.getUTCFullYear() - checked.getUTCFullYear()) * 12 + next.getUTCMonth() - checked.getUTCMonth();
      expect(months, service.id).toBe(6);
      expect(next.getUTCDate() <= checked.getUTCDate(), service.id).toBe(true);
    }
  });

  it("keeps six months within the calendar: the end of August falls due at the end of February", () => {
    expect(addMonths("2026-12-01", 6)).toBe("2027-06-01");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-07-15", 6)).toBe("2027-01-15");
  });

  it("counts only the declared public bodies as public bodies", () => {
    expect(isPublicBodyPage("https://www2.hse.ie/emergencies/")).toBe(true);
    expect(isPublicBodyPage("https://ovc.ojp.gov/news/")).toBe(true);
    expect(isPublicBodyPage("https://scotland.police.uk/advice/")).toBe(true);
    expect(isPublicBodyPage("https://www.thejournal.ie/news/")).toBe(false);
    // A look-alike host does not borrow a public body's suffix.
    expect(isPublicBodyPage("https://notgov.uk.example.com/")).toBe(false);
    expect(isPublicBodyPage("https://fakegov.uk/")).toBe(false);
  });
});

function servicesForTopic(topic: HelpService["topic"]): HelpService[] {
  return HELP_SERVICES.filter((s) => s.topic === topic);
}

describe("the numbers", () => {
  it("has unique ids, which are also HTML ids on /help", () => {
    const ids = HELP_SERVICES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(byId)("%s writes each of its numbers once: one contact per number, and none repeated in its prose", (_, service) => {
    const written = dialled(service)
      .filter((c) => !(c.kind === "text" && c.sameAsCall))
      .map((c) => digitsOf(c.number));
    expect(new Set(written).size, `${service.id} lists a number twice`).toBe(written.length);
    for (const contact of service.contacts) {
      if (contact.kind === "text" && contact.sameAsCall) {
        expect(dialled(service).some((c) => c.kind === "call" && digitsOf(c.number) === digitsOf(contact.number)), `${service.id}: "the same number" must be a call number`).toBe(true);
      }
    }
    const prose = `${service.forWhat} ${service.hours ?? ""}`;
    for (const digits of new Set(written)) {
      const typed = new RegExp(`(?<!\\d)${digits.split("").join("[\\s.-]?")}(?!\\d)`);
      expect(prose, `${service.id} types ${digits} in its prose`).not.toMatch(typed);
    }
  });

  it("dials what it shows: a call's tel: digits are the digits of its number", () => {
    for (const service of HELP_SERVICES) {
      for (const contact of service.contacts) {
        if (contact.kind !== "call") continue;
        expect(contact.tel, service.id).toMatch(/^\+?\d+$/);
        const shown = digitsOf(contact.number);
        // Freephone numbers are dialled as written inside the country; US and Canadian numbers may add the leading 1.
        expect([shown, `1${shown}`], service.id).toContain(contact.tel.replace(/^\+/, ""));
      }
    }
  });

  it("labels and links each kind of contact", () => {
    expect(contactLabel({ kind: "call", number: "116 123", tel: "116123" })).toBe("Call 116 123");
    expect(contactHref({ kind: "call", number: "116 123", tel: "116123" })).toBe("tel:116123");
    expect(contactLabel({ kind: "text", number: "85258", keyword: "SHOUT" })).toBe("Text SHOUT to 85258");
    expect(contactHref({ kind: "text", number: "85258", keyword: "SHOUT" })).toBe("sms:85258?body=SHOUT");
    expect(contactHref({ kind: "text", number: "0477 13 11 14" })).toBe("sms:0477131114");
    expect(contactLabel({ kind: "text", number: "988", sameAsCall: true })).toBe("Text the same number");
    expect(contactHref({ kind: "text", number: "9-8-8", sameAsCall: true })).toBe("sms:988");
    expect(contactLabel({ kind: "call", number: "0800 733 843", tel: "0800733843", note: "0800 REFUGE" })).toBe("Call 0800 733 843 (0800 REFUGE)");
  });

  it("links the web only over https", () => {
    for (const service of HELP_SERVICES) {
      for (const contact of service.contacts) if (contact.kind === "web") expect(contact.url, service.id).toMatch(/^https:\/\//);
    }
  });
});

describe("what each country's readers find", () => {
  it.each(COUNTRIES.map((c) => [c.name, c.code] as const))("%s has an emergency number, a crisis line, abuse support and a line that helps people stop", (_, code) => {
    expect(servicesFor(code, "emergency")).toHaveLength(1);
    expect(servicesFor(code, "crisis").length).toBeGreaterThan(0);
    expect(servicesFor(code, "abuse").length).toBeGreaterThan(0);
    expect(servicesFor(code, "own-behaviour").length).toBeGreaterThan(0);
  });

  it("offers image-abuse help to adults and to under-18s wherever they live", () => {
    const anywhere = servicesFor("any", "image-abuse").map((s) => s.forWhat);
    expect(anywhere.some((text) => /before you were 18/.test(text))).toBe(true);
    expect(anywhere.some((text) => /for adults/i.test(text))).toBe(true);
  });

});

/** Everything about an entry that a reader sees, as text. */
const readerText = (service: HelpService) =>
  [service.name, service.forWhat, service.hours ?? "", service.cost ?? "", ...service.sources.flatMap((s) => [s.by, s.note ?? "", s.confirms ?? ""])].join(" ");

describe("what the page says about each line", () => {
  it("never talks about how the lines were looked up, and never calls a check a live one", () => {
    const texts = [...HELP_SERVICES.map(readerText), ...HELP_GAPS.flatMap((g) => [g.text, ...g.sources.map((s) => `${s.by} ${s.note ?? ""}`)])];
    for (const text of texts) {
      expect(text).not.toMatch(/copies we can search|we could not|in the copies|checked \d/i);
    }
  });

  // Numbers that cost money to call: an Irish or UK geographic number (01, 02), a UK 03 number, an
  // Australian 1300 number, Alberta's 310- numbers.
  const PAID = /^(0[123]|1300|310-)/;
  it.each(byId)("%s calls itself free only if its numbers are free, and says so where they are not", (_, service) => {
    const paid = dialled(service).filter((c) => c.kind === "call" && PAID.test(c.number));
    const claims = [service.forWhat, service.hours ?? "", service.cost ?? ""].join(" ");
    if (paid.length) {
      expect(claims, service.id).not.toMatch(/\bfree\b/i);
      expect(service.cost, `${service.id} should say calls may cost money`).toMatch(/may cost money/);
    }
    // "Free" belongs in `cost` alone, so one field holds every claim about money.
    expect(`${service.forWhat} ${service.hours ?? ""}`, service.id).not.toMatch(/\bfree\b/i);
  });

  it("says texts to Alberta's line may cost money, as the province's page does", () => {
    expect(HELP_SERVICES.find((s) => s.id === "ca-alberta-family-violence-line")!.cost).toMatch(/Texts may cost money/);
  });

  it("names who a line for young people or for LGBT+ people is for, in the name that every list shows", () => {
    const forYoung = HELP_SERVICES.filter((s) => /kids|child|youth/i.test(s.name));
    expect(forYoung.length).toBeGreaterThanOrEqual(5);
    for (const service of forYoung) expect(service.name, service.id).toMatch(/\(for (young people|under-1[89]s|ages \d+ to \d+)[,)]/);
    for (const id of ["us-trevor-project", "uk-galop", "au-qlife"]) expect(HELP_SERVICES.find((s) => s.id === id)!.name).toMatch(/LGBT/);
  });

  it("keeps a line that says it is not a crisis line out of the crisis lines", () => {
    for (const service of HELP_SERVICES.filter((s) => /not a crisis line/i.test(s.forWhat))) expect(service.topic, service.id).not.toBe("crisis");
  });

  it("says whose page, what kind and how old, in plain words, and what the page gives", () => {
    const number = { website: "https://www.samaritans.org/", gives: "the number" };
    expect(describeSource({ url: "https://www.samaritans.org/contact/", kind: "service", by: "Samaritans", pageDate: "2016", checked: "2026-12-01" }, number)).toEqual({
      link: "The service's own page",
      rest: " (from 2016) gives the number.",
    });
    expect(describeSource({ url: "https://health.wyo.gov/988", kind: "public-body", by: "the Wyoming Department of Health", checked: "2026-12-01" }, number)).toEqual({
      link: "A page of the Wyoming Department of Health",
      rest: " (a public body, no date shown) gives the number.",
    });
    expect(
      describeSource(
        { url: "https://news.example/x", kind: "other", by: "a radio station", pageDate: "2021-02-10", checked: "2026-12-01", confirms: "that the line is free", note: "A news page." },
        number,
      ),
    ).toEqual({ link: "A page of a radio station", rest: " (dated 10 February 2021) says that the line is free. A news page." });
    // A "service" page on another site (the charity that runs the line) is named, not called the service's own.
    expect(describeSource({ url: "https://refuge.org.uk/news", kind: "service", by: "Refuge, which runs the helpline", pageDate: "2020-05", checked: "2026-12-01" }, { website: "https://www.nationaldahelpline.org.uk/", gives: "the number" }).link).toBe(
      "A page of Refuge, which runs the helpline",
    );
  });

  it("reads a page's date as the last day it can stand for", () => {
    expect(lastDayOf("2016")).toBe("2016-12-31");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2023-11")).toBe("2023-11-30");
    expect(lastDayOf("2017-12-26")).toBe("2017-12-26");
  });
});

describe("where a country has no line for a need", () => {
  it("says so plainly, points to the nearest help, cites a page and types no number", () => {
    expect(HELP_GAPS.some((g) => g.country === "us" && /no national stalking hotline/.test(g.text))).toBe(true);
    for (const gap of HELP_GAPS) {
      expect(servicesFor(gap.country, gap.topic).length, `${gap.country}-${gap.topic} has lines to point to`).toBeGreaterThan(0);
      expect(gap.text).not.toMatch(/\d{3}/);
      expect(gap.sources.length).toBeGreaterThan(0);
      for (const source of gap.sources) if (source.kind === "other") expect(source.note?.trim(), source.url).toBeTruthy();
    }
  });
});
