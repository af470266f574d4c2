import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * Tests that start production servers (`next build` first): scripts/test-all.sh runs them after the build it makes for
 * the browser tests. `npx next build && npx vitest run --config vitest.instances.config.ts`.
 */
export default defineConfig({ ...base, test: { ...base.test, include: ["tests/instances/**/*.test.ts"] } });
