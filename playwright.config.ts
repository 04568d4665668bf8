import { defineConfig } from "@playwright/test";

// Browser tests drive Debian's Chromium (Playwright's own download is not available here) against
// the production build served by `next start` on a free port chosen by scripts/test.mjs.
const port = Number(process.env.TEST_PORT ?? 3210);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json"]],
  projects: [
    { name: "site", testIgnore: /shared-cache\.spec\.ts/ },
    // Builds a copy of the app and starts servers of its own: after the rest, so its build does not slow them.
    { name: "shared-cache", testMatch: /shared-cache\.spec\.ts/, dependencies: ["site"] },
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
