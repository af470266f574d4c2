/**
 * The task registry: job name → handler. Each handler is small and calls domain code; the same map is run by
 * graphile-worker in production (scripts/worker.ts) and by the in-process runner in development (in-process.ts).
 * To add a job: a handler here, and a line in crontab.ts if it recurs. Job list and guarantees: docs/adr/0005.
 */
import { remindDueFollowUps } from "@/lib/domain/follow-ups/due-reminders";
import { syncFollowUps } from "@/lib/domain/follow-ups/sync";
import { refreshStandingToday } from "@/lib/domain/portfolio/standing-store";
import { recordDailySnapshots } from "@/lib/domain/snapshots/record";
import { deliverPendingNotifications, runAmDigests, runLeaderDigests } from "@/lib/notifications/jobs";
import { allAgencyIds } from "./agency-ids";
import { trackRun } from "./job-runs";
import { agencyIdOf, type JobHandler } from "./types";

/** A task that runs for one agency, with its outcome recorded for the leaders' "Jobs" status. */
function perAgency(task: string, work: (agencyId: string) => Promise<unknown>): JobHandler {
  return async (payload) => {
    const agencyId = agencyIdOf(payload);
    await trackRun(agencyId, task, () => work(agencyId));
  };
}

export const PER_AGENCY_TASKS = [
  "follow-ups:sync",
  "follow-ups:remind",
  "snapshots:daily",
  "digests:leader",
  "digests:am",
  "notifications:deliver",
] as const;

export const tasks: Record<string, JobHandler> = {
  "follow-ups:sync": perAgency("follow-ups:sync", (agencyId) => syncFollowUps(agencyId)),
  "follow-ups:remind": perAgency("follow-ups:remind", (agencyId) => remindDueFollowUps(agencyId)),
  // After midnight UTC: the day's snapshots, and the dashboard's stored standing for the new day, so the first view of
  // the day reads instead of recomputing every book (lib/domain/portfolio/standing-store.ts).
  "snapshots:daily": perAgency("snapshots:daily", async (agencyId) => {
    await recordDailySnapshots(agencyId);
    await refreshStandingToday(agencyId);
  }),
  // Hourly: each run decides who is due (their weekday and 07:00 in the agency's zone); one digest per person and
  // period is a unique key, so a retry or a second worker sends nothing twice (docs/adr/0006).
  "digests:leader": perAgency("digests:leader", (agencyId) => runLeaderDigests({ agencyIds: [agencyId] })),
  "digests:am": perAgency("digests:am", (agencyId) => runAmDigests({ agencyIds: [agencyId] })),
  // The outbox: e-mails and Slack posts claimed row by row, retried with backoff.
  "notifications:deliver": perAgency("notifications:deliver", (agencyId) =>
    deliverPendingNotifications({ agencyIds: [agencyId] }),
  ),
  /** The scheduler's fan-out: one job per agency, keyed so a pending one is replaced rather than doubled. */
  "jobs:fan-out": async (payload, ctx) => {
    const task = (payload as { task?: unknown } | null)?.task;
    if (typeof task !== "string" || !(PER_AGENCY_TASKS as readonly string[]).includes(task)) {
      throw new Error("jobs:fan-out needs a per-agency task name");
    }
    for (const agencyId of await allAgencyIds()) {
      await ctx.addJob(task, { agencyId }, { jobKey: `${task}:${agencyId}` });
    }
  },
};
