import type { TenantTx } from "@/lib/db/tenant";
import { requestInProcessRun } from "./in-process";

export type EnqueueableTask = "follow-ups:sync" | "snapshots:daily";

/**
 * Enqueues a per-agency job in the caller's tenant transaction: it exists exactly when the write that caused it
 * commits (graphile-worker's add_job through `app_enqueue_job`, keyed `<task>:<agencyId>` so a burst collapses into
 * one pending job). Without graphile-worker's schema (embedded PGlite, tests) the in-process runner is asked instead,
 * after a short delay so the caller's transaction has committed. `delayMs` debounces bursts of writes.
 */
export async function enqueueInTx(tx: TenantTx, agencyId: string, task: EnqueueableTask, delayMs = 2_000) {
  const runAt = new Date(Date.now() + delayMs);
  const rows = await tx.$queryRaw<{ queued: boolean }[]>`SELECT app_enqueue_job(${task}, ${runAt}) AS "queued"`;
  if (!rows[0]?.queued) requestInProcessRun(task, agencyId, delayMs);
}
