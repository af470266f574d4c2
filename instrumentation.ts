import { env, requireAuthSecret } from "@/lib/env";

/**
 * Runs once when a server starts (next start, next dev). Without NEXTAUTH_SECRET next-auth would sign sessions with
 * a guessable fallback in development and fail at the first request in production: refuse to start instead, in every
 * mode. `npm run dev` and `npm run demo` generate a local secret (scripts/dev.ts).
 */
export async function register(): Promise<void> {
  try {
    requireAuthSecret();
  } catch (error) {
    // Inside the Next.js server a thrown error only fails each request; stop the process instead.
    if (env.NEXT_RUNTIME === "nodejs") {
      console.error(`[startup] ${(error as Error).message}`);
      process.exit(1);
    }
    throw error;
  }
  // Development on the embedded database: the job handlers run in this process (docs/adr/0005-job-queue.md). The
  // literal process.env.NEXT_RUNTIME (not env.NEXT_RUNTIME) lets Next drop the Node-only import from the edge build.
  if (process.env.NEXT_RUNTIME === "nodejs" && env.JOBS_RUNNER === "in-process") {
    const { startInProcessJobs } = await import("@/lib/jobs/in-process");
    startInProcessJobs();
  }
}
