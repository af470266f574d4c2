/**
 * `npm run worker`: the production job worker (graphile-worker over DATABASE_URL). Run one or more next to the web
 * servers; each job is idempotent, so two workers never create or record twice (docs/adr/0005-job-queue.md).
 * graphile-worker creates and migrates its own schema (graphile_worker) on start, outside Prisma's migrations.
 */
import { env } from "@/lib/env";
import { startWorker } from "@/lib/jobs/graphile";

async function main() {
  if (!env.DATABASE_URL) {
    console.error(
      "npm run worker needs DATABASE_URL (PostgreSQL). On the embedded database `npm run dev` runs the jobs itself.",
    );
    process.exit(1);
  }
  const runner = await startWorker(env.DATABASE_URL, { concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2) });
  await runner.promise;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
