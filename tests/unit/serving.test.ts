import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildStamp } from "@/lib/serving/build-stamp.mjs";
import { buildEtag, ifNoneMatchHits } from "@/lib/serving/etag";
import { dependenciesMatchLock, rebuildReason } from "@/scripts/lib/prepare.mjs";
import { VALID } from "./helpers";

describe("a revalidation names the build's ETag", () => {
  const etag = buildEtag("abc123");

  it.each([
    ['W/"abc123"', true],
    ['"abc123"', true],
    ['W/"old", W/"abc123"', true],
    [' W/"abc123" ', true],
    ['W/"abc1234"', false],
    ['W/"old"', false],
    ["*", false],
    ["", false],
    [null, false],
  ])("If-None-Match %j: %s", (header, hits) => {
    expect(ifNoneMatchHits(header, etag)).toBe(hits);
  });
});

/** A project folder with a page, a content folder and nothing built yet. */
function scratchProject(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "build-stamp-"));
  mkdirSync(path.join(root, "app"));
  writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() {}");
  writeFileSync(path.join(root, "package-lock.json"), "{}");
  cpSync(VALID, path.join(root, "content"), { recursive: true });
  return root;
}

describe("the build's stamp, and `npm start`'s decision to rebuild", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const project = () => {
    const root = scratchProject();
    roots.push(root);
    return root;
  };
  const env = { SITE_URL: "https://example.test" };
  /** What `next build` leaves behind: its build ID is the stamp of what it was made from. */
  const build = (root: string, buildEnv: Record<string, string> = env) => {
    mkdirSync(path.join(root, ".next"), { recursive: true });
    writeFileSync(path.join(root, ".next", "BUILD_ID"), buildStamp(root, buildEnv));
  };

  it("is the same for the same sources, so every process and instance of a build agrees", () => {
    const [one, other] = [project(), project()];
    expect(buildStamp(one, env)).toBe(buildStamp(one, env));
    expect(buildStamp(one, env)).toBe(buildStamp(other, env));
  });

  it("builds when there is no build, and not again while nothing changes", () => {
    const root = project();
    expect(rebuildReason({ root, env })).toMatch(/no production build/i);
    build(root);
    expect(rebuildReason({ root, env })).toBeUndefined();
  });

  it.each([
    ["a page changes", (root: string) => writeFileSync(path.join(root, "app", "page.tsx"), "export default function Page() { return null; }")],
    ["an article is added", (root: string) => writeFileSync(path.join(root, "content", "articles", "third-article.md"), "---\ntitle: x\n---\n")],
    ["a file the build reads appears", (root: string) => writeFileSync(path.join(root, "proxy.ts"), "")],
    ["the lockfile changes", (root: string) => writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}')],
  ])("rebuilds when %s", (_, change) => {
    const root = project();
    build(root);
    change(root);
    expect(rebuildReason({ root, env })).toMatch(/changed since the last build/);
  });

  it("rebuilds for another SITE_URL or CONTENT_DIR, which the pages embed", () => {
    const root = project();
    build(root);
    expect(rebuildReason({ root, env: { SITE_URL: "https://elsewhere.test" } })).toMatch(/changed since the last build/);
    cpSync(VALID, path.join(root, "other-content"), { recursive: true });
    expect(rebuildReason({ root, env: { ...env, CONTENT_DIR: path.join(root, "other-content") } })).toMatch(/changed since the last build/);
  });

  it("rebuilds when the number of prerendered articles changes", () => {
    const root = project();
    build(root);
    expect(rebuildReason({ root, env: { ...env, PRERENDER_ARTICLES: "7" } })).toMatch(/changed since the last build/);
  });

  it("ignores what a build does not read (tests, docs, the benchmark)", () => {
    const root = project();
    build(root);
    mkdirSync(path.join(root, "tests"));
    writeFileSync(path.join(root, "tests", "new.test.ts"), "");
    writeFileSync(path.join(root, "README.md"), "");
    expect(rebuildReason({ root, env })).toBeUndefined();
  });

  it("wants the standalone server only when asked to serve it", () => {
    const root = project();
    build(root);
    expect(rebuildReason({ root, env, standalone: true })).toMatch(/no standalone server/);
    mkdirSync(path.join(root, ".next", "standalone"));
    writeFileSync(path.join(root, ".next", "standalone", "server.js"), "");
    expect(rebuildReason({ root, env, standalone: true })).toBeUndefined();
  });
});

describe("`npm start`'s decision to install", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "install-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const locked = {
    "": { name: "site", dependencies: { a: "^1.0.0" } },
    "node_modules/a": { version: "1.0.0", integrity: "sha512-a" },
    "node_modules/@native/other-platform": { version: "1.0.0", optional: true },
  };
  const lockfile = (packages: object) => writeFileSync(path.join(root, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages }));
  /** What npm writes into node_modules after it installs a tree. */
  const installed = (packages: object) => {
    mkdirSync(path.join(root, "node_modules"), { recursive: true });
    writeFileSync(path.join(root, "node_modules", ".package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages }));
  };

  it("installs when nothing is installed", () => {
    lockfile(locked);
    rmSync(path.join(root, "node_modules"), { recursive: true, force: true });
    expect(dependenciesMatchLock(root)).toBe(false);
  });

  it("keeps node_modules that hold the locked tree (optional packages for other platforms aside)", () => {
    lockfile(locked);
    installed({ "node_modules/a": locked["node_modules/a"] });
    expect(dependenciesMatchLock(root)).toBe(true);
  });

  it.each([
    ["another version is installed", { "node_modules/a": { version: "1.0.1", integrity: "sha512-b" } }],
    ["a locked package is missing", {}],
    ["a package the lockfile does not name is installed", { "node_modules/a": locked["node_modules/a"], "node_modules/extra": { version: "1.0.0" } }],
  ])("installs when %s", (_, packages) => {
    lockfile(locked);
    installed(packages);
    expect(dependenciesMatchLock(root)).toBe(false);
  });
});
