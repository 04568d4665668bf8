import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname, "..") } },
  test: { include: ["bench/scale.measure.ts"], root: path.resolve(__dirname, ".."), environment: "node" },
});
