import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const FIXTURES = path.join(__dirname, "..", "fixtures");
export const VALID = path.join(FIXTURES, "valid");

/** A throwaway copy of the valid fixture site, optionally with extra or changed files. */
export function fixtureSite(changes: Record<string, string> = {}): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "second-chance-")), "content");
  cpSync(VALID, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) writeFileSync(path.join(dir, file), text);
  return dir;
}

export function badFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, "bad", name), "utf8");
}
