import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/fuzz/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 120_000, // the WASM schema engine needs ~5 s per command, far more on a busy 2-core machine
    hookTimeout: 120_000,
    // Two cores: integration files each build their own database, so run files two at a time at most.
    maxWorkers: 2,
  },
});
