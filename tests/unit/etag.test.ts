import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildStamp } from "@/lib/build-stamp";
import { buildEtag, ifNoneMatchHits } from "@/lib/etag";
import { VALID } from "./helpers";

describe("the build's ETag", () => {
  const etag = buildEtag("abc123");

  it("is weak, so one build's gzip, Brotli and plain bodies share it", () => {
    expect(etag).toBe('W/"abc123"');
  });

  it.each([
    ['W/"abc123"', true],
    ['"abc123"', true],
    ['W/"old", W/"abc123"', true],
    [' W/"abc123" ', true],
    ['W/"abc1234"', false],
    ['W/"old"', false],
    ["*", false],
    ["", false],
  ])("If-None-Match %j names it: %s", (header, hits) => {
    expect(ifNoneMatchHits(header, etag)).toBe(hits);
  });

  it("is absent without If-None-Match", () => {
    expect(ifNoneMatchHits(null, etag)).toBe(false);
  });
});

describe("the build's stamp", () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "stamp-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const contentDir = path.join(scratch, "content");
  cpSync(VALID, contentDir, { recursive: true });
  const root = path.resolve(".");
  const stamp = () => buildStamp({ root, contentDir, siteUrl: "https://example.test/" });

  it("is the same for the same sources, so every process and instance of a build agrees", () => {
    expect(stamp()).toBe(stamp());
    expect(stamp()).toMatch(/^[\w-]{22}$/);
  });

  it("changes when the content, a new file or the site URL changes", () => {
    const before = stamp();
    writeFileSync(path.join(contentDir, "new-file.md"), "x");
    const afterNewFile = stamp();
    expect(afterNewFile).not.toBe(before);
    writeFileSync(path.join(contentDir, "new-file.md"), "y");
    expect(stamp()).not.toBe(afterNewFile);
    expect(buildStamp({ root, contentDir, siteUrl: "https://elsewhere.test/" })).not.toBe(stamp());
  });
});
