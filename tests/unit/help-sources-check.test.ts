/**
 * The source-drift check (`npm run check:help-sources`) against a local server on 127.0.0.1: a page that
 * keeps a number (written another way), one that changes it, one that drops it, one that redirects to a
 * new address, one that is gone, and one that never answers. It never touches the internet.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHelpSources, digitRuns, formatReport, pageShowsNumber } from "@/scripts/check-help-sources.mjs";

const PAGES: Record<string, (res: import("node:http").ServerResponse) => void> = {
  "/keeps": (res) => res.end('<p>Call us free on <b>0808&nbsp;802-4040</b>.</p><a href="tel:+18007997233">Call</a>'),
  "/changed": (res) => res.end("<p>Our new number is 0808 802 9999.</p>"),
  "/dropped": (res) => res.end("<p>We have closed. Thank you.</p>"),
  "/old-address": (res) => {
    res.writeHead(301, { location: "/new-address" });
    res.end();
  },
  "/new-address": (res) => res.end("<p>Text 85258 or call 116 123.</p>"),
  "/gone": (res) => {
    res.writeHead(404);
    res.end("not found");
  },
  "/slow": () => {
    // Never answers: the check must give up on its own.
  },
};

let server: Server;
let base = "";
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits[path] = (hits[path] ?? 0) + 1;
    (PAGES[path] ?? PAGES["/gone"]!)(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const call = (number: string) => ({ kind: "call" as const, number, tel: number.replace(/\D/g, "") });
const entry = (id: string, numbers: string[], ...paths: string[]) => ({
  id,
  name: id,
  country: "uk",
  contacts: numbers.map(call),
  sources: paths.map((path) => ({ url: `${base}${path}` })),
});

describe("reading numbers off a page", () => {
  it("ignores spaces, hyphens, dots, brackets and entities between digits, and reads tel: links", () => {
    const runs = digitRuns('<p>Call (0808) 802&nbsp;4040 or 0808.802.4040</p><a href="tel:+448088024040">x</a>');
    expect(pageShowsNumber(runs, "0808 802 4040")).toBe(true);
    expect(pageShowsNumber(digitRuns("<p>1-800-799-7233</p>"), "1-800-799-7233")).toBe(true);
    expect(pageShowsNumber(digitRuns("<p>800-799-7233</p>"), "1-800-799-7233")).toBe(true);
  });

  it("does not find a short number inside a longer one", () => {
    expect(pageShowsNumber(digitRuns("<p>Since 1988, call 0800 988 123.</p>"), "988")).toBe(false);
    expect(pageShowsNumber(digitRuns("<p>Call or text 988.</p>"), "988")).toBe(true);
  });
});

describe("checkHelpSources", () => {
  it("says which numbers each page keeps, changes or drops, which pages are gone or moved, and gives up on a page that never answers", async () => {
    const result = await checkHelpSources(
      [
        entry("keeps", ["0808 802 4040", "1-800-799-7233"], "/keeps"),
        entry("changed", ["0808 802 4040"], "/changed"),
        entry("dropped", ["0808 802 4040"], "/dropped"),
        entry("moved", ["116 123"], "/old-address"),
        entry("gone", ["116 123"], "/gone"),
        entry("slow", ["116 123"], "/slow"),
        // A number found on a second page of the entry counts.
        entry("second-page", ["0808 802 4040"], "/dropped", "/keeps"),
      ],
      { concurrency: 2, timeoutMs: 300 },
    );
    const byId = Object.fromEntries(result.entries.map((e) => [e.id, e]));
    expect(byId.keeps!.numbers.every((n) => n.foundOn === `${base}/keeps`)).toBe(true);
    expect(byId.changed!.numbers).toEqual([{ number: "0808 802 4040", foundOn: null }]);
    expect(byId.dropped!.numbers[0]!.foundOn).toBeNull();
    expect(byId.moved!.pages[0]).toMatchObject({ state: "moved", finalUrl: `${base}/new-address` });
    expect(byId.moved!.numbers[0]!.foundOn).toBe(`${base}/old-address`);
    expect(byId.gone!.pages[0]).toMatchObject({ state: "gone", status: 404 });
    expect(byId.slow!.pages[0]).toMatchObject({ state: "gone", reason: "no answer within 0.3 s" });
    expect(byId["second-page"]!.numbers[0]!.foundOn).toBe(`${base}/keeps`);
    expect(result).toMatchObject({ missing: 4, gone: 2, moved: 1 });
    // Each page is fetched once, however many entries cite it.
    expect(hits["/keeps"]).toBe(1);
    expect(hits["/dropped"]).toBe(1);

    const report = formatReport(result, { due: ["keeps: check was due on 2027-06-01"] });
    expect(report).toContain("number 0808 802 4040 is on none of its pages");
    expect(report).toContain(`page gone (HTTP 404): ${base}/gone`);
    expect(report).toContain(`page moved: ${base}/old-address → ${base}/new-address`);
    expect(report).toContain("Due for review (1):");
    expect(report).not.toContain("keeps (uk"); // an entry with no problem is not listed
    expect(report.trim().split("\n").at(-1)).toBe("8 numbers on 7 entries: 4 missing, 2 pages gone, 1 moved.");
  });

  it("never asks for more pages at once than it is allowed", async () => {
    let open = 0;
    let most = 0;
    const fetchImpl = (async () => {
      open += 1;
      most = Math.max(most, open);
      await new Promise((resolve) => setTimeout(resolve, 20));
      open -= 1;
      return new Response("<p>116 123</p>", { status: 200 });
    }) as typeof fetch;
    const entries = Array.from({ length: 8 }, (_, i) => entry(`e${i}`, ["116 123"], `/page-${i}`));
    const result = await checkHelpSources(entries, { concurrency: 3, timeoutMs: 1000, fetchImpl });
    expect(most).toBe(3);
    expect(result.missing).toBe(0);
  });
});
