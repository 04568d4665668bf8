import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Runs only the scale measurement (not a test suite): it needs the `@/` alias the app uses.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: { include: ["bench/scale.measure.ts"], root, environment: "node" },
});
