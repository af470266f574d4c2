import path from "node:path";
import { defineConfig } from "vitest/config";
import { SlowFilesFirst } from "./tests/support/slow-files-first";

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
    // `npx vitest run` (npm test) runs both, each file once.
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/fuzz/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
        },
      },
    ],
  },
});
