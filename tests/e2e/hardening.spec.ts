import { expect, test } from "@playwright/test";
import fc from "fast-check";

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

test("pages are CDN-cacheable, assets immutable, search briefly cacheable", async ({ page, request }) => {
  expect((await request.get("/articles/how-to-get-your-ex-back")).headers()["cache-control"]).toMatch(/s-maxage=\d{6,}/);
  expect((await request.get("/search?q=space")).headers()["cache-control"]).toMatch(/max-age=\d+/);
  await page.goto("/");
  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  expect((await request.get(asset!)).headers()["cache-control"]).toContain("immutable");
});

test("a revalidation of anything the build serves is a 304 with no body; a stale validator gets the page", async ({ request }) => {
  const paths = ["/", "/articles/how-to-get-your-ex-back", "/tags/red-flags", "/search?q=apology", "/api/search?q=apology", "/feed.xml", "/help"];
  const etags = new Set<string>();
  for (const path of paths) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
    etags.add(etag!);
    const again = await request.get(path, { headers: { "If-None-Match": etag! }, maxRedirects: 0 });
    expect(again.status(), path).toBe(304);
    expect((await again.body()).length).toBe(0);
    expect(again.headers()["etag"]).toBe(etag);
    // A validator from another build (or a list without this one) gets the whole page again.
    const stale = await request.get(path, { headers: { "If-None-Match": 'W/"from-an-older-build", "another"' } });
    expect(stale.status(), path).toBe(200);
    expect((await stale.body()).length).toBeGreaterThan(0);
  }
  // One build, one validator: nothing about a response changes until the next build.
  expect(etags.size).toBe(1);
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

test("fuzz: hostile search and path inputs never give a 5xx, never reflect markup, never hang", async ({ request }) => {
  test.setTimeout(120_000);
  const nasty = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 80 }),
    fc.constantFrom("<script>alert(1)</script>", "\"><svg onload=alert(1)>", "%00", "%", "%%", "%ZZ", "..%2f..%2fetc%2fpasswd", "\u0000", "\uFFFF", "a".repeat(10_000)),
  );
  await fc.assert(
    fc.asyncProperty(nasty, fc.constantFrom("q", "tag", "stage"), async (value, key) => {
      const response = await request.get(`/search?${key}=${encodeURIComponent(value)}`, { timeout: 5_000 });
      expect(response.status()).toBeLessThan(500);
      const html = await response.text();
      expect(html).not.toContain("<script>alert(1)");
      expect(html).not.toContain("<svg onload");
    }),
    { numRuns: 250 },
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom("/articles/", "/tags/", "/stages/", "/"), fc.string({ maxLength: 60 }), async (prefix, tail) => {
      // Slashes stay literal to probe nested paths; a leading one would make "//…" a host, not a path.
      const path = prefix + encodeURIComponent(tail.replace(/^\/+/, "")).replace(/%2F/g, "/");
      const response = await request.get(path, { timeout: 5_000, maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      if (response.status() !== 308 && response.status() !== 307) expect(await response.text()).not.toContain("<script>alert(1)");
    }),
    { numRuns: 150 },
  );
});
