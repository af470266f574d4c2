/**
 * Development's job runner (docs/adr/0005-job-queue.md): the embedded PGlite database cannot host graphile-worker
 * (one connection, no LISTEN across processes), so `npm run dev` drives the same task handlers here, in the Next
 * process, on a timer. One agency's job runs at a time; a failed job is retried with the same exponential backoff
 * shape as graphile-worker's (exp(min(attempt, 10)) seconds), up to MAX_ATTEMPTS. Idempotency comes from the
 * handlers and the database (unique keys), not from this runner, so running it next to a real worker is harmless.
 */
import { RECURRING } from "./crontab";
import { tasks } from "./tasks";
import type { JobContext } from "./types";

const MAX_ATTEMPTS = 5;
type Pending = { task: string; payload: Record<string, unknown>; attempt: number; runAt: number };

type RunnerState = { started: boolean; queue: Map<string, Pending>; timers: NodeJS.Timeout[]; busy: boolean };
const globalKey = Symbol.for("accountable.jobs.in-process");
const state: RunnerState =
  ((globalThis as Record<symbol, unknown>)[globalKey] as RunnerState | undefined) ??
  ((globalThis as Record<symbol, unknown>)[globalKey] = { started: false, queue: new Map(), timers: [], busy: false });

function keyOf(task: string, payload: Record<string, unknown>) {
  return `${task}:${typeof payload.agencyId === "string" ? payload.agencyId : JSON.stringify(payload)}`;
}

function enqueue(task: string, payload: Record<string, unknown>, delayMs = 0) {
  // Same job key replaces the pending one (graphile-worker's "replace" mode): a burst collapses into one run.
  state.queue.set(keyOf(task, payload), { task, payload, attempt: 1, runAt: Date.now() + delayMs });
}

/** Asked by enqueueInTx when there is no graphile-worker schema; a no-op unless the runner was started. */
export function requestInProcessRun(task: string, agencyId: string, delayMs: number) {
  if (state.started) enqueue(task, { agencyId }, delayMs);
}

export async function drainDue(now = Date.now()): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  try {
    for (const [key, job] of [...state.queue]) {
      if (job.runAt > now) continue;
      state.queue.delete(key);
      const ctx: JobContext = {
        attempt: job.attempt,
        maxAttempts: MAX_ATTEMPTS,
        addJob: async (task, payload) => enqueue(task, payload),
      };
      try {
        await tasks[job.task]!(job.payload, ctx);
      } catch (error) {
        console.error(`[jobs] ${job.task} failed (attempt ${job.attempt}/${MAX_ATTEMPTS}):`, error);
        if (job.attempt < MAX_ATTEMPTS && !state.queue.has(key)) {
          const backoffMs = Math.exp(Math.min(job.attempt, 10)) * 1000;
          state.queue.set(key, { ...job, attempt: job.attempt + 1, runAt: Date.now() + backoffMs });
        }
      }
    }
  } finally {
    state.busy = false;
  }
}

/** Starts the timers once per process: each recurring job now and every `everyMs`, and a 5-second drain loop. */
export function startInProcessJobs({ firstRunDelayMs = 10_000 } = {}) {
  if (state.started) return;
  state.started = true;
  for (const recurring of RECURRING) {
    const schedule = () => enqueue("jobs:fan-out", { task: recurring.task });
    state.timers.push(setTimeout(schedule, firstRunDelayMs), setInterval(schedule, recurring.everyMs));
  }
  state.timers.push(setInterval(() => void drainDue(), 5_000));
  for (const timer of state.timers) timer.unref?.();
  console.log("[jobs] in-process runner started (development; production runs `npm run worker`)");
}
