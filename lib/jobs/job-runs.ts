import { withTenant } from "@/lib/db/tenant";

/** The message a leader may see: the first line, bounded; stacks, causes and connection strings stay in the logs. */
export function publicErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n")[0] ?? "";
  return firstLine.replace(/postgres(ql)?:\/\/\S+/gi, "postgres://…").slice(0, 300) || "Unknown error";
}

/**
 * Runs one agency's job and records its outcome in JobRun (the leaders' "Jobs" status). A failure is recorded and
 * rethrown, so the queue still retries it with backoff.
 */
export async function trackRun<T>(agencyId: string, task: string, work: () => Promise<T>): Promise<T> {
  const startedAt = new Date();
  await withTenant(agencyId, null, (tx) =>
    tx.jobRun.upsert({
      where: { agencyId_task: { agencyId, task } },
      create: { agencyId, task, lastStartedAt: startedAt },
      update: { lastStartedAt: startedAt },
      select: { task: true },
    }),
  );
  try {
    const result = await work();
    await withTenant(agencyId, null, (tx) =>
      tx.jobRun.update({
        where: { agencyId_task: { agencyId, task } },
        data: { lastFinishedAt: new Date(), lastOk: true, runs: { increment: 1 } },
        select: { task: true },
      }),
    );
    return result;
  } catch (error) {
    await withTenant(agencyId, null, (tx) =>
      tx.jobRun.update({
        where: { agencyId_task: { agencyId, task } },
        data: {
          lastFinishedAt: new Date(),
          lastOk: false,
          lastError: publicErrorMessage(error),
          lastErrorAt: new Date(),
          runs: { increment: 1 },
          failures: { increment: 1 },
        },
        select: { task: true },
      }),
    ).catch(() => undefined); // the original error matters more than a failed bookkeeping write
    throw error;
  }
}

export type JobRunRow = {
  task: string;
  lastStartedAt: Date;
  lastFinishedAt: Date | null;
  lastOk: boolean | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  runs: number;
  failures: number;
};
