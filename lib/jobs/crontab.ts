/**
 * The recurring jobs. Each schedules a fan-out that enqueues the task once per agency. graphile-worker reads the cron
 * items (its scheduler keeps one run per identifier and time slot across workers); the in-process runner uses
 * `everyMs`.
 */
import type { CronItem } from "graphile-worker";

export type Recurring = { task: "follow-ups:sync" | "snapshots:daily"; match: string; everyMs: number; label: string };

export const RECURRING: readonly Recurring[] = [
  { task: "follow-ups:sync", match: "*/15 * * * *", everyMs: 15 * 60_000, label: "Follow-ups from signals" },
  { task: "snapshots:daily", match: "10 0 * * *", everyMs: 24 * 60 * 60_000, label: "Daily health and load snapshots" },
];

export function cronItems(): CronItem[] {
  return RECURRING.map((r) => ({
    task: "jobs:fan-out",
    match: r.match,
    identifier: r.task,
    payload: { task: r.task },
    // A missed daily snapshot (worker down at midnight) is made up once the worker is back, within the day.
    options: { backfillPeriod: r.task === "snapshots:daily" ? 23 * 60 * 60_000 : 0 },
  }));
}
