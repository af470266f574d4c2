import { z } from "zod";

/**
 * The only place that reads process.env. Everything else imports `env`.
 * DATABASE_URL unset = the embedded PGlite database in PGLITE_DATA_DIR (created, migrated and seeded on first start).
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  NEXTAUTH_URL: z.string().url().default("http://localhost:3000"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Backpressure in the production server (scripts/serve.ts): refuse new work with 503 + Retry-After while the event
  // loop lags, or the oldest request for a database connection has waited, longer than these (docs/SCALING.md).
  OVERLOAD_EVENT_LOOP_MS: z.coerce.number().int().min(10).default(1_000),
  OVERLOAD_POOL_WAIT_MS: z.coerce.number().int().min(10).default(2_000),
  // Graceful shutdown: how long /api/health reports "draining" before the server stops accepting connections (long
  // enough for the load balancer's health check to notice), then how long in-flight requests may take to finish.
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(0),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(25_000),
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
