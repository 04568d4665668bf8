import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { routes } from "@/lib/routes";

test("security headers are on every response", async ({ request }) => {
  for (const path of ["/", "/articles/how-to-get-your-ex-back", "/search?q=x", "/feed.xml", "/no-such-page"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("no page makes a third-party request", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["localhost", "127.0.0.1"].includes(url.hostname) && url.protocol !== "data:") foreign.push(r.url());
  });
  for (const path of ["/", "/articles/how-to-get-your-ex-back", "/tags/red-flags", "/stages/moving-on", "/search?q=apology", "/help"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(foreign).toEqual([]);
});

/**
 * Hostile and odd input, the one place it is tested in the browser suite: random strings and graphemes,
 * plus markup, template and SQL probes, percent debris, control characters and an oversized value.
 */
const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "{{7*7}}",
    "💔 ¿qué hago? 別れた",
    "%00",
    "a%00b",
    "%",
    "%%",
    "%ZZ",
    "..%2f..%2fetc%2fpasswd",
    "\u0000",
    "\uFFFF",
    "x".repeat(10_000),
  ),
);
const REFLECTED = ["<script>alert(1)", "<svg onload", "<img src=x"];

test("fuzz: hostile search input is a normal page and a plain JSON answer, never reflected markup, never slow", async ({ request }) => {
  test.setTimeout(120_000);
  await fc.assert(
    fc.asyncProperty(hostile, fc.constantFrom("q", "tag", "stage", "page"), async (value, key) => {
      const query = `${key}=${encodeURIComponent(value)}`;
      const page = await request.get(`${routes.search()}?${query}`, { timeout: 5_000 });
      expect(page.status(), query).toBe(200);
      const html = await page.text();
      for (const markup of REFLECTED) expect(html).not.toContain(markup);
      const json = await request.get(`${routes.searchApi()}?${query}`, { timeout: 5_000 });
      expect(json.status(), query).toBe(200);
      const body = await json.json();
      // The input is cleaned before anything uses it: at most 200 characters, no control characters.
      expect(body.query.q.length).toBeLessThanOrEqual(200);
      expect(body.query.q).not.toMatch(/[\u0000-\u001f]/);
      expect(Array.isArray(body.groups)).toBe(true);
    }),
    { numRuns: 250 },
  );
});

test("fuzz: hostile paths never give a 5xx and never reflect markup", async ({ request }) => {
  test.setTimeout(60_000);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(routes.articles + "/", routes.tags + "/", routes.stages + "/", routes.home), fc.string({ maxLength: 60 }), async (prefix, tail) => {
      // Slashes stay literal to probe nested paths; a leading one would make "//…" a host, not a path.
      const path = prefix + encodeURIComponent(tail.replace(/^\/+/, "")).replace(/%2F/g, "/");
      const response = await request.get(path, { timeout: 5_000, maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      if (response.status() !== 308 && response.status() !== 307) expect(await response.text()).not.toContain("<script>alert(1)");
    }),
    { numRuns: 150 },
  );
});
