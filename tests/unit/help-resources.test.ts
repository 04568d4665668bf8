/** The help data: every entry is sourced and dated, every country is covered, every contact dials. */
import { describe, expect, it } from "vitest";
import { COUNTRIES, contactHref, contactLabel, HELP_SERVICES, servicesFor } from "@/lib/help-resources";

describe("help services", () => {
  it.each(HELP_SERVICES.map((s) => [s.id, s] as const))("%s keeps its source page and the day it was checked", (_, service) => {
    expect(new URL(service.source).protocol).toMatch(/^https?:$/);
    expect(service.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(`${service.checked}T00:00:00Z`))).toBe(false);
    expect(service.contacts.length).toBeGreaterThan(0);
  });

  it("has unique ids, which are also HTML ids on /help", () => {
    const ids = HELP_SERVICES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(COUNTRIES.map((c) => [c.name, c.code] as const))("%s has an emergency number, a crisis line and abuse support", (_, code) => {
    expect(servicesFor(code, "emergency")).toHaveLength(1);
    expect(servicesFor(code, "crisis").length).toBeGreaterThan(0);
    expect(servicesFor(code, "abuse").length).toBeGreaterThan(0);
  });

  it("dials what it shows: a call's tel: digits are the digits of its number", () => {
    for (const service of HELP_SERVICES) {
      for (const contact of service.contacts) {
        if (contact.kind !== "call") continue;
        expect(contact.tel, service.id).toMatch(/^\+?\d+$/);
        const shown = contact.number.replace(/\D/g, "");
        // Freephone numbers are dialled as written inside the country; US numbers may add the leading 1.
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
