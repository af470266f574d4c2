/**
 * The recurring jobs. Each schedules a fan-out that enqueues the task once per agency. graphile-worker reads the cron
 * items (its scheduler keeps one run per identifier and time slot across workers); the in-process runner uses
 * `everyMs`.
 */
import type { CronItem } from "graphile-worker";
import type { PER_AGENCY_TASKS } from "./tasks";

export type Recurring = { task: (typeof PER_AGENCY_TASKS)[number]; match: string; everyMs: number; label: string };

export const RECURRING: readonly Recurring[] = [
  { task: "follow-ups:sync", match: "*/15 * * * *", everyMs: 15 * 60_000, label: "Follow-ups from signals" },
  { task: "follow-ups:remind", match: "20 * * * *", everyMs: 60 * 60_000, label: "Reminders of follow-ups due" },
  { task: "snapshots:daily", match: "10 0 * * *", everyMs: 24 * 60 * 60_000, label: "Daily health and load snapshots" },
  { task: "digests:leader", match: "5 * * * *", everyMs: 60 * 60_000, label: "Weekly leader digests" },
  { task: "digests:am", match: "5 * * * *", everyMs: 60 * 60_000, label: "Daily AM digests" },
  { task: "notifications:deliver", match: "* * * * *", everyMs: 60_000, label: "E-mail and Slack delivery" },
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
