import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// The Prisma CLI wants a native schema-engine binary for generate/validate/format and cannot download one
// offline. Those commands only check that the file exists, so point it at any existing file when unset.
// Migrations never use the CLI here: they run through the WASM schema engine (scripts/db/migrate.ts).
const command = process.argv[2];
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && ["generate", "validate", "format"].includes(command ?? "")) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync("/bin/true") ? "/bin/true" : process.execPath;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
