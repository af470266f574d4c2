import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Tests that start production servers, so they need `next build` first: scripts/test-all.sh runs them right after
 * the build it makes for the browser tests (`npx next build && npx vitest run --config vitest.instances.config.ts`).
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/instances/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000, // two production servers booting on a busy 2-core machine
  },
});
