/**
 * The order of "my projects": what needs the PM first. Pure (today is an argument), no I/O.
 * Off track, then at risk, then stale (no status update for more than 14 days — the stale-project signal of
 * DESIGN.md), then due soon (due or overdue within 14 days), then the rest; done projects last.
 */
import { calendarDaysBetween, daysAgo } from "@/lib/domain/portfolio/dates";
import { plural } from "@/lib/domain/portfolio/text";
import type { ProjectStatus } from "@/lib/domain/portfolio/types";

export const STALE_AFTER_DAYS = 14;
export const DUE_SOON_DAYS = 14;

export type RiskKind = "off_track" | "at_risk" | "stale" | "due_soon" | "ok" | "done";
export type ProjectRisk = { kind: RiskKind; rank: number; reason: string | null };

type RiskInput = { status: ProjectStatus; lastStatusAt: Date; dueDate: Date | null };

export function projectRisk(project: RiskInput, today: Date): ProjectRisk {
  if (project.status === "DONE") return { kind: "done", rank: 5, reason: null };
  if (project.status === "OFF_TRACK") return { kind: "off_track", rank: 0, reason: "Off track" };
  if (project.status === "AT_RISK") return { kind: "at_risk", rank: 1, reason: "At risk" };
  const silent = daysAgo(project.lastStatusAt, today);
  if (silent > STALE_AFTER_DAYS) {
    return { kind: "stale", rank: 2, reason: `No status update for ${plural(silent, "day")}` };
  }
  if (project.dueDate) {
    const left = calendarDaysBetween(today, project.dueDate);
    if (left < 0) return { kind: "due_soon", rank: 3, reason: `Overdue by ${plural(-left, "day")}` };
    if (left <= DUE_SOON_DAYS) {
      return { kind: "due_soon", rank: 3, reason: left === 0 ? "Due today" : `Due in ${plural(left, "day")}` };
    }
  }
  return { kind: "ok", rank: 4, reason: null };
}

/** Riskiest first; ties by due date (undated last), then name. */
export function byRisk<T extends RiskInput & { name: string }>(projects: readonly T[], today: Date) {
  return projects
    .map((project) => ({ project, risk: projectRisk(project, today) }))
    .sort(
      (x, y) =>
        x.risk.rank - y.risk.rank ||
        (x.project.dueDate?.getTime() ?? Infinity) - (y.project.dueDate?.getTime() ?? Infinity) ||
        x.project.name.localeCompare(y.project.name),
    );
}
