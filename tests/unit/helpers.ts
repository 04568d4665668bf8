import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const FIXTURES = path.join(__dirname, "..", "fixtures");
export const VALID = path.join(FIXTURES, "valid");

/** Every throwaway site this test file made, removed when the file's tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway copy of the valid fixture site, optionally with extra or changed files. */
export function fixtureSite(changes: Record<string, string> = {}): string {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "second-chance-"));
  made.push(scratch);
  const dir = path.join(scratch, "content");
  cpSync(VALID, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) writeFileSync(path.join(dir, file), text);
  return dir;
}

export function badFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, "bad", name), "utf8");
}
