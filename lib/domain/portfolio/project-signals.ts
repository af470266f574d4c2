/** Signals about delivery projects. */
import { daysAgo } from "./dates";
import type { ProjectSnapshot, Signal, SignalRules } from "./signal-types";
import { plural } from "./text";
import { PROJECT_STATUS_LABEL } from "./types";

/**
 * STALE_PROJECT: a project that is not DONE with no status update for more than 14 days (exactly 14 is still fresh).
 * ON_HOLD projects count too: a hold should be confirmed, not forgotten.
 */
export function staleProjectSignals(
  projects: readonly ProjectSnapshot[],
  today: Date,
  rules: Pick<SignalRules, "staleProjectDays">,
): Signal[] {
  return projects.flatMap((project): Signal[] => {
    if (project.status === "DONE") return [];
    const days = daysAgo(project.lastStatusAt, today);
    if (days <= rules.staleProjectDays) return [];
    return [
      {
        type: "STALE_PROJECT",
        severity: "warning",
        subject: { kind: "project", id: project.id, name: project.name },
        reason:
          `${project.name} (${PROJECT_STATUS_LABEL[project.status]}) has had no status update for ` +
          `${plural(days, "day")}; projects should be updated at least every ${plural(rules.staleProjectDays, "day")}.`,
      },
    ];
  });
}
