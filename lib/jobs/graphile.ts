/**
 * Production's runner: graphile-worker over the real PostgreSQL (DATABASE_URL). It creates and migrates its own
 * schema (graphile_worker) at start, outside Prisma's migrations; jobs are retried with exponential backoff up to 25
 * attempts (its default); its cron scheduler enqueues each recurring fan-out once per slot across all workers.
 */
import { parseCronItems, run, type Runner, type RunnerOptions, type TaskList } from "graphile-worker";
import { cronItems } from "./crontab";
import { tasks } from "./tasks";
import type { JobHandler } from "./types";

export function toTaskList(registry: Record<string, JobHandler>): TaskList {
  const list: TaskList = {};
  for (const [name, handler] of Object.entries(registry)) {
    list[name] = async (payload, helpers) => {
      await handler(payload, {
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
        addJob: async (task, jobPayload, options) => {
          await helpers.addJob(task, jobPayload, { jobKey: options?.jobKey });
        },
      });
    };
  }
  return list;
}

/** Starts a worker with the registry and the recurring jobs; options override (tests pass their own task list). */
export function startWorker(
  connectionString: string,
  options: Partial<RunnerOptions> = {},
  registry: Record<string, JobHandler> = tasks,
): Promise<Runner> {
  return run({
    connectionString,
    concurrency: 2,
    pollInterval: 2_000,
    taskList: toTaskList(registry),
    parsedCronItems: parseCronItems(cronItems()),
    ...options,
  } as RunnerOptions);
}
