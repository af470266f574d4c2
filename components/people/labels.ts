import type { BadgeTone } from "@/components/ui/badge";
import type { OneOnOneState } from "@/lib/domain/people/one-on-one-cadence";

export const ONE_ON_ONE_BADGE: Record<OneOnOneState, { label: string; tone: BadgeTone }> = {
  OVERDUE: { label: "1:1 overdue", tone: "rose" },
  DUE_SOON: { label: "1:1 due soon", tone: "amber" },
  ON_TRACK: { label: "1:1 on track", tone: "emerald" },
  NO_MANAGER: { label: "No manager", tone: "slate" },
};

export const ITEM_STATUS_LABEL = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DROPPED: "Dropped",
} as const;

export const ITEM_KIND_LABEL = { GOAL: "Goal", TRAINING: "Training / support" } as const;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Who tracks a KPI definition, for the ladder: "on 3 members · 1 account". */
export function trackedBy(d: { members: number; accounts: number }): string {
  const parts = [d.members > 0 && count(d.members, "member"), d.accounts > 0 && count(d.accounts, "account")];
  return `on ${parts.filter(Boolean).join(" · ")}`;
}
