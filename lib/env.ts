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
  NEXTAUTH_SECRET: z
    .string()
    .min(16)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Reverse proxies in front of the app that append the address they saw to X-Forwarded-For (nginx:
   * proxy_add_x_forwarded_for). 0 = X-Forwarded-For is ignored (anyone can write it) and the sign-in limits get no
   * per-client address; N = the Nth entry from the right is the client. Never set it higher than the real number of
   * proxies, and never let clients reach the app without passing them (lib/auth/client-ip.ts).
   */
  /** Set by Next.js inside its server ("nodejs" or "edge"); unset in scripts and tests. */
  NEXT_RUNTIME: z.enum(["nodejs", "edge"]).optional(),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  // Backpressure in the production server (scripts/serve.ts): refuse new work with 503 + Retry-After while the event
  // loop lags, or the oldest request for a database connection has waited, longer than these (docs/SCALING.md).
  OVERLOAD_EVENT_LOOP_MS: z.coerce.number().int().min(10).default(1_000),
  OVERLOAD_POOL_WAIT_MS: z.coerce.number().int().min(10).default(2_000),
  // Fairness between agencies in one instance (lib/server/tenant-gate.ts): at most this many page requests of one
  // agency in progress at once; its others wait in line, up to TENANT_QUEUE_MS, while other agencies' start at once.
  // One per instance: an instance renders on one core, so a second render of the same agency would only share it.
  TENANT_MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(1),
  TENANT_QUEUE_MS: z.coerce.number().int().min(100).default(10_000),
  // Graceful shutdown: how long /api/health reports "draining" before the server stops accepting connections (long
  // enough for the load balancer's health check to notice), then how long in-flight requests may take to finish.
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(0),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(25_000),
  /**
   * "in-process": the Next server itself runs the background jobs on a timer (set by `npm run dev` / `npm run demo`
   * on the embedded database, docs/adr/0005-job-queue.md); "off" (default): `npm run worker` runs them.
   */
  JOBS_RUNNER: z.enum(["in-process", "off"]).default("off"),
  // Outgoing mail (lib/mail): smtp:// or smtps:// URL with credentials; unset = messages are caught as .eml files in
  // MAIL_CATCH_DIR (development, the README's first command), viewable at /dev/mail.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Accountable <no-reply@accountable.local>"),
  MAIL_CATCH_DIR: z.string().min(1).default(".data/mail"),
  // "on": /dev/mail also answers under `next start`. Only scripts/dev.ts sets it, for `npm run demo` on the embedded
  // database (a newcomer's own machine); the page has no sign-in, so a deployed server must never set it.
  MAIL_CATCH_PAGE: z.enum(["on", "off"]).default("off"),
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

/** The session-signing secret; throws (and the server refuses to start, instrumentation.ts) when it is not set. */
export function requireAuthSecret(): string {
  if (!env.NEXTAUTH_SECRET) {
    throw new Error(
      "NEXTAUTH_SECRET is not set: the server will not start without it. Set it to a random string of 32 characters " +
        "or more (e.g. `openssl rand -hex 32`); `npm run dev` makes one for local use.",
    );
  }
  return env.NEXTAUTH_SECRET;
}
