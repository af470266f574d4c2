import path from "node:path";
import { defineConfig } from "vitest/config";
import { SlowFilesFirst } from "./tests/support/slow-files-first";

/** Integration files that need their own modules: they set environment variables or test the real session. */
const ISOLATED = [
  "tests/integration/sign-in.test.ts",
  "tests/integration/session-database-down.test.ts",
  "tests/integration/security-headers.test.ts",
  "tests/integration/demo-notifications.test.ts",
  "tests/integration/notifications-actions.test.ts",
  "tests/integration/notifications-digests.test.ts",
];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    // Signed links (unsubscribe) need the app's secret wherever a notification is written, the seed's included.
    env: { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-not-for-production-0123456789" },
    testTimeout: 120_000, // the WASM schema engine needs ~5 s per command, far more on a busy 2-core machine
    hookTimeout: 120_000,
    // Two cores: integration files each build their own database, so run files two at a time at most.
    maxWorkers: 2,
    // The longest files start first, so neither worker ends up waiting on one alone (tests/support/slow-files-first.ts).
    sequence: { sequencer: SlowFilesFirst },
    // `npm run test:unit` runs the first project only: pure tests that need no database, so no template is migrated.
    // `npx vitest run` (npm test) runs all three, each file once.
    // Files in the unit and shared integration projects share each worker's modules (isolate: false): importing the
    // app's module graph anew for each of 60 files cost about a third of vitest's time. Shared modules hold nothing
    // between files: each file points the data layer at its own database (tests/support/app-database.ts) and starts
    // signed out (tests/support/mock-session.ts). A file that changes process-wide state (environment variables) or
    // needs the real next-auth session goes in ISOLATED, which gets fresh modules per file as before.
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/fuzz/**/*.test.ts"],
          exclude: ISOLATED,
          isolate: false,
          setupFiles: ["tests/support/mock-session.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: { name: "integration-isolated", include: ISOLATED, globalSetup: ["tests/support/global-setup.ts"] },
      },
    ],
  },
});
