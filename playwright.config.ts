import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here).
 * scripts/test-all.sh prepares a fresh seeded PostgreSQL database and exports E2E_DATABASE_URL before this runs;
 * the server is the production build (`next start`).
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
export const E2E_MAIL_DIR = process.env.E2E_MAIL_DIR ?? "test-results/e2e-mail";
// scripts/test-all.sh runs two shards at once, each with its own server, database, mail folder and output folder.
const outputDir = process.env.E2E_OUTPUT_DIR ?? "test-results/e2e";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir,
  fullyParallel: false,
  workers: 1,
  retries: 0, // a flaky test is a bug to fix, not to retry
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    // `npm test` sets E2E_TRACE=off: recording every test for a trace that only a local rerun can open costs about a
    // sixth of the browser tests' time. Run `npx playwright test` alone to keep the trace of a failure.
    trace: process.env.E2E_TRACE === "off" ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: `npx next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      // Mail is caught as .eml files here (no SMTP_URL); tests/e2e/notifications.spec.ts reads them.
      MAIL_CATCH_DIR: E2E_MAIL_DIR,
    },
  },
});
