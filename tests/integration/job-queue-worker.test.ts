import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Runner } from "graphile-worker";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { signInAs } from "../support/session";
import { checkInOn } from "../support/form-input";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";
import { startWorker } from "../../lib/jobs/graphile";
import { tasks } from "../../lib/jobs/tasks";
import { trackRun } from "../../lib/jobs/job-runs";
import { agencyIdOf, type JobHandler } from "../../lib/jobs/types";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { logCheckIn } = await import("../../lib/actions/check-ins");

/**
 * A real graphile-worker against this file's own PostgreSQL database: it creates its schema at start (outside
 * Prisma's migrations), runs the app's task registry, retries a failed job with its backoff, and picks up a job the
 * app enqueued in a check-in's transaction.
 */
let db: AppTestDatabase;
let a: AgencyFixture;
let runner: Runner;
let syncCalls = 0;

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the worker");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Alpha");
  // The real sync, failing on its first attempt only (a dropped connection, say).
  const flakySync: JobHandler = async (payload, ctx) => {
    syncCalls++;
    if (ctx.attempt === 1) {
      await trackRun(agencyIdOf(payload), "follow-ups:sync", async () => {
        throw new Error("simulated outage on the first attempt");
      });
    }
    await tasks["follow-ups:sync"]!(payload, ctx);
  };
  runner = await startWorker(
    db.database.url,
    { concurrency: 1, pollInterval: 200, noHandleSignals: true, parsedCronItems: [], logger: undefined },
    { ...tasks, "follow-ups:sync": flakySync },
  );
}, 60_000);
afterAll(async () => {
  await runner?.stop();
  await db.close();
});

describe("the job queue (graphile-worker)", () => {
  it("retries a job that fails once and it then succeeds, creating its follow-up once", async () => {
    await db.admin
      .$executeRaw`SELECT graphile_worker.add_job('follow-ups:sync', json_build_object('agencyId', ${a.agency.id}::text),
      job_key => ${`follow-ups:sync:${a.agency.id}`})`;
    await until(
      async () =>
        (await db.admin.followUp.count({ where: { agencyId: a.agency.id, signalType: "CHECK_IN_OVERDUE" } })) > 0,
    );
    expect(syncCalls).toBe(2);
    await until(async () => {
      const run = await db.admin.jobRun.findFirst({ where: { agencyId: a.agency.id, task: "follow-ups:sync" } });
      return run?.lastOk === true;
    });
    // The failed attempt is visible to leaders (JobRun), then the retry's success.
    expect(
      await db.admin.jobRun.findFirst({ where: { agencyId: a.agency.id, task: "follow-ups:sync" } }),
    ).toMatchObject({
      lastOk: true,
      failures: 1,
      lastError: "simulated outage on the first attempt",
    });
    const open = await db.admin.followUp.count({
      where: { agencyId: a.agency.id, signalType: "CHECK_IN_OVERDUE", status: "OPEN" },
    });
    expect(open).toBe(1);
    const jobs = await db.admin.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    expect(jobs[0]!.n).toBe(0); // done jobs are deleted
  }, 40_000);

  it("records a failure for the leaders' Jobs status without a stack or a connection string", async () => {
    const failing: JobHandler = async () => {
      throw new Error("connect ECONNREFUSED postgres://user:secret@db:5432/app\n    at Stack.frame");
    };
    await expect(trackRun(a.agency.id, "snapshots:daily", () => failing({}, null as never))).rejects.toThrow();
    const run = await db.admin.jobRun.findFirstOrThrow({ where: { agencyId: a.agency.id, task: "snapshots:daily" } });
    expect(run).toMatchObject({ lastOk: false, failures: 1 });
    expect(run.lastError).toMatch(/ECONNREFUSED/);
    expect(run.lastError).not.toMatch(/secret|Stack\.frame/);
  });

  it("a check-in enqueues the agency's sync in its own transaction, and the worker runs it", async () => {
    syncCalls = 0;
    signInAs(a.users.am);
    const logged = await logCheckIn(a.agency.slug, checkInOn(a));
    expect(logged.ok).toBe(true);
    await until(async () => syncCalls > 0);
  }, 30_000);

  it("runs the daily snapshot task idempotently per day", async () => {
    await db.admin
      .$executeRaw`SELECT graphile_worker.add_job('snapshots:daily', json_build_object('agencyId', ${a.agency.id}::text))`;
    await db.admin
      .$executeRaw`SELECT graphile_worker.add_job('snapshots:daily', json_build_object('agencyId', ${a.agency.id}::text))`;
    await until(async () => {
      const run = await db.admin.jobRun.findFirst({ where: { agencyId: a.agency.id, task: "snapshots:daily" } });
      return (run?.runs ?? 0) >= 3 && run?.lastOk === true;
    });
    expect(await db.admin.accountHealthSnapshot.count({ where: { agencyId: a.agency.id } })).toBe(1);
    expect(await db.admin.amLoadSnapshot.count({ where: { agencyId: a.agency.id } })).toBe(1);
  }, 30_000);
});
