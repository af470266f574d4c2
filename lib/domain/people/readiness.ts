/**
 * "Ready for the next level": which of the next level's expectations an AM meets. Pure; the page passes the rows.
 * The manager's latest score per competency decides (the AM's own view is shown beside it but does not count: the
 * expectation is agreed, not self-declared). A competency the manager has not assessed yet is "not assessed", not met.
 */
import { COMPETENCIES, COMPETENCY_LABEL, type Competency } from "./competencies";

export interface LevelForReadiness {
  id: string;
  rank: number;
  name: string;
  expectations: readonly { competency: Competency; minScore: number; description: string }[];
}

export interface AssessmentForReadiness {
  competency: Competency;
  source: "SELF" | "MANAGER";
  score: number;
  assessedOn: Date;
  /** Tie-break for two assessments on the same day: the later-created wins. */
  createdAt: Date;
}

export type ExpectationState = "MET" | "NOT_MET" | "NOT_ASSESSED";

export interface ExpectationCheck {
  competency: Competency;
  label: string;
  expected: number;
  description: string;
  managerScore: number | null;
  selfScore: number | null;
  state: ExpectationState;
  reason: string;
}

export interface Readiness {
  current: { id: string; name: string } | null;
  next: { id: string; name: string } | null;
  checks: ExpectationCheck[];
  met: number;
  ready: boolean;
  summary: string;
}

/** The newest score per competency from one source (assessedOn, then createdAt). */
export function latestScores(
  assessments: readonly AssessmentForReadiness[],
  source: "SELF" | "MANAGER",
): Map<Competency, number> {
  const newest = new Map<Competency, AssessmentForReadiness>();
  for (const a of assessments) {
    if (a.source !== source) continue;
    const seen = newest.get(a.competency);
    const newer =
      !seen ||
      a.assessedOn.getTime() > seen.assessedOn.getTime() ||
      (a.assessedOn.getTime() === seen.assessedOn.getTime() && a.createdAt.getTime() > seen.createdAt.getTime());
    if (newer) newest.set(a.competency, a);
  }
  return new Map([...newest].map(([competency, a]) => [competency, a.score]));
}

/** The level after `currentLevelId` by rank; with no current level, the first rung is the next. */
export function nextLevel<L extends { id: string; rank: number }>(
  ladder: readonly L[],
  currentLevelId: string | null,
): L | null {
  const sorted = [...ladder].sort((a, b) => a.rank - b.rank);
  if (!currentLevelId) return sorted[0] ?? null;
  const index = sorted.findIndex((l) => l.id === currentLevelId);
  return index === -1 ? null : (sorted[index + 1] ?? null);
}

export function assessReadiness(
  ladder: readonly LevelForReadiness[],
  currentLevelId: string | null,
  assessments: readonly AssessmentForReadiness[],
): Readiness {
  const current = ladder.find((l) => l.id === currentLevelId) ?? null;
  const next = nextLevel(ladder, currentLevelId);
  const pick = (l: LevelForReadiness | null) => (l ? { id: l.id, name: l.name } : null);
  if (!next) {
    return {
      current: pick(current),
      next: null,
      checks: [],
      met: 0,
      ready: false,
      summary: current ? `${current.name} is the top of the ladder.` : "The ladder has no levels yet.",
    };
  }
  const manager = latestScores(assessments, "MANAGER");
  const self = latestScores(assessments, "SELF");
  const byCompetency = new Map(next.expectations.map((e) => [e.competency, e]));
  const checks = COMPETENCIES.flatMap((competency): ExpectationCheck[] => {
    const expectation = byCompetency.get(competency);
    if (!expectation) return [];
    const managerScore = manager.get(competency) ?? null;
    const state: ExpectationState =
      managerScore === null ? "NOT_ASSESSED" : managerScore >= expectation.minScore ? "MET" : "NOT_MET";
    const label = COMPETENCY_LABEL[competency];
    const reason =
      state === "NOT_ASSESSED"
        ? `${label}: the manager has not assessed this yet; ${next.name} expects ${expectation.minScore} of 5.`
        : state === "MET"
          ? `${label}: ${managerScore} of 5 meets the ${expectation.minScore} ${next.name} expects.`
          : `${label}: ${managerScore} of 5 is below the ${expectation.minScore} ${next.name} expects.`;
    return [
      {
        competency,
        label,
        expected: expectation.minScore,
        description: expectation.description,
        managerScore,
        selfScore: self.get(competency) ?? null,
        state,
        reason,
      },
    ];
  });
  const met = checks.filter((c) => c.state === "MET").length;
  const ready = checks.length > 0 && met === checks.length;
  const summary = ready
    ? `Meets all ${checks.length} expectations of ${next.name}.`
    : `Meets ${met} of ${checks.length} expectations of ${next.name}.`;
  return { current: pick(current), next: pick(next), checks, met, ready, summary };
}
