/**
 * The structure-first review of an AM (issue 15): before any performance figure, what around the person could explain
 * it — load against the guideline, role overlap, overdue 1:1s, missing growth and development plans, off-track
 * projects someone else runs, recent reassignments. Pure; each check says what was found in plain words.
 */
import type { AmStatus } from "@/lib/domain/portfolio/load";
import { formatAmount } from "@/lib/domain/portfolio/text";
import type { OneOnOneStatus } from "./one-on-one-cadence";

export interface ReviewInput {
  load: { status: AmStatus; weightedLoad: number; min: number; max: number };
  roles: readonly string[];
  openProjectsAsPm: number;
  oneOnOne: OneOnOneStatus | null;
  development: { openItems: number; lastAssessmentOn: Date | null };
  accounts: { total: number; withoutGrowthPlan: number };
  offTrackElsewhere: readonly { projectName: string; accountName: string; pmName: string }[];
  reassignments: { incoming: number; outgoing: number; days: number };
}

export type CheckKey =
  | "load"
  | "role-overlap"
  | "one-on-one"
  | "development-plan"
  | "growth-plans"
  | "projects-not-controlled"
  | "reassignments";

export interface StructuralCheck {
  key: CheckKey;
  title: string;
  /** "cause" = a structural reason the leader should look at first; "clear" = checked and nothing found. */
  finding: "cause" | "clear";
  text: string;
}

/** A development plan counts as missing when nothing is open and nobody assessed the AM in this many days. */
export const ASSESSMENT_STALE_DAYS = 180;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function structuralReview(input: ReviewInput, today: Date): StructuralCheck[] {
  const { load } = input;
  const checks: StructuralCheck[] = [];
  const loadText = `weighted load ${formatAmount(load.weightedLoad)} against a guideline of ${load.min}–${load.max}`;
  checks.push(
    load.status === "OVERLOADED"
      ? { key: "load", title: "Load", finding: "cause", text: `Overloaded: ${loadText}. Weak results may be the load.` }
      : { key: "load", title: "Load", finding: "clear", text: `Within the guideline: ${loadText}.` },
  );

  const otherRoles = input.roles.filter((r) => r !== "AM");
  const overlap = otherRoles.length > 0 || input.openProjectsAsPm > 0;
  const overlapParts = [
    otherRoles.length > 0 ? `also holds the ${otherRoles.map((r) => r.toLowerCase()).join(" and ")} role` : null,
    input.openProjectsAsPm > 0 ? `runs ${plural(input.openProjectsAsPm, "open project")} as PM` : null,
  ].filter(Boolean);
  checks.push({
    key: "role-overlap",
    title: "Role overlap",
    finding: overlap ? "cause" : "clear",
    text: overlap ? `Splits time: ${overlapParts.join(" and ")}.` : "Account management only.",
  });

  const oneOnOne = input.oneOnOne;
  const oneOnOneCause = !oneOnOne || oneOnOne.state === "NO_MANAGER" || oneOnOne.state === "OVERDUE";
  checks.push({
    key: "one-on-one",
    title: "1:1s with their manager",
    finding: oneOnOneCause ? "cause" : "clear",
    text: oneOnOne ? oneOnOne.reason : "Nobody is set as their manager yet.",
  });

  const { openItems, lastAssessmentOn } = input.development;
  const assessedRecently =
    lastAssessmentOn !== null && today.getTime() - lastAssessmentOn.getTime() <= ASSESSMENT_STALE_DAYS * 86_400_000;
  checks.push(
    openItems === 0 && !assessedRecently
      ? {
          key: "development-plan",
          title: "Development plan",
          finding: "cause",
          text: "No development plan: no open goals or training and no assessment in the last six months.",
        }
      : {
          key: "development-plan",
          title: "Development plan",
          finding: "clear",
          text: `${plural(openItems, "open goal or training item", "open goals or training items")}${
            lastAssessmentOn ? `, last assessed on ${lastAssessmentOn.toISOString().slice(0, 10)}` : ""
          }.`,
        },
  );

  const { total, withoutGrowthPlan } = input.accounts;
  checks.push({
    key: "growth-plans",
    title: "Growth plans",
    finding: withoutGrowthPlan > 0 ? "cause" : "clear",
    text:
      withoutGrowthPlan > 0
        ? `${withoutGrowthPlan} of ${plural(total, "account")} have no active growth plan to steer by.`
        : total === 0
          ? "No accounts yet."
          : "Every account has an active growth plan.",
  });

  const off = input.offTrackElsewhere;
  checks.push({
    key: "projects-not-controlled",
    title: "Projects they do not run",
    finding: off.length > 0 ? "cause" : "clear",
    text:
      off.length > 0
        ? `${plural(off.length, "off-track project")} on their accounts run by someone else: ${off
            .slice(0, 3)
            .map((p) => `${p.projectName} (${p.accountName}, PM ${p.pmName})`)
            .join("; ")}${off.length > 3 ? "; …" : ""}.`
        : "No off-track projects run by others on their accounts.",
  });

  const { incoming, outgoing, days } = input.reassignments;
  const moved = incoming + outgoing;
  checks.push({
    key: "reassignments",
    title: "Recent reassignments",
    finding: incoming > 0 ? "cause" : "clear",
    text:
      moved > 0
        ? `In the last ${days} days: ${plural(incoming, "account")} received, ${plural(outgoing, "account")} handed on${
            incoming > 0 ? "; new accounts take time to settle" : ""
          }.`
        : `No accounts moved in the last ${days} days.`,
  });

  // Causes first, in the order above; the clear checks after them, so the reader sees what was looked at.
  return [...checks.filter((c) => c.finding === "cause"), ...checks.filter((c) => c.finding === "clear")];
}
