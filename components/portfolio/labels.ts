/**
 * Words and colours of the dashboard. Colours come from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies) and are never the only cue: every bar and badge also carries its label.
 */
import type { BadgeTone } from "@/components/ui/badge";
import { SIGNAL_LABEL as RULE_SIGNAL_LABEL } from "@/lib/domain/follow-ups/rules";
import type { PipelineStage, RecencyBucket } from "@/lib/domain/portfolio/dashboard";
import type { HealthBand } from "@/lib/domain/portfolio/health";
import type { AmStatus } from "@/lib/domain/portfolio/load";
import type { SignalSeverity, SignalType } from "@/lib/domain/portfolio/signal-types";
import type { ProjectStatus } from "@/lib/domain/portfolio/types";

export const PALETTE = {
  vermillion: "#D55E00",
  orange: "#E69F00",
  green: "#009E73",
  sky: "#56B4E9",
  blue: "#0072B2",
  purple: "#CC79A7",
  grey: "#94A3B8",
} as const;

export const AM_STATUS_LABEL: Record<AmStatus, string> = {
  OVERLOADED: "Overloaded",
  AT_CAPACITY: "At capacity",
  HEALTHY: "Healthy",
  UNDER: "Under-used",
};

export const AM_STATUS_COLOR: Record<AmStatus, string> = {
  OVERLOADED: PALETTE.vermillion,
  AT_CAPACITY: PALETTE.orange,
  HEALTHY: PALETTE.green,
  UNDER: PALETTE.sky,
};

/** The one tier-name map lives with the rules (lib/domain/portfolio/types.ts), which write it into reasons too. */
export { TIER_LABEL } from "@/lib/domain/portfolio/types";

export const HEALTH_ROWS: { key: HealthBand | "unscored"; label: string; color: string }[] = [
  { key: "healthy", label: "Healthy (75+)", color: PALETTE.green },
  { key: "watch", label: "Watch (60–74)", color: PALETTE.orange },
  { key: "at_risk", label: "At risk (below 60)", color: PALETTE.vermillion },
  { key: "unscored", label: "Unscored", color: PALETTE.grey },
];

export const RECENCY_ROWS: { key: RecencyBucket; label: string; color: string }[] = [
  { key: "within cadence", label: "Within cadence", color: PALETTE.green },
  { key: "up to 2× cadence", label: "Up to 2× cadence", color: PALETTE.orange },
  { key: "up to 3× cadence", label: "Up to 3× cadence", color: PALETTE.vermillion },
  { key: "beyond 3× cadence", label: "Beyond 3× cadence", color: PALETTE.purple },
  { key: "never", label: "Never checked in", color: PALETTE.grey },
];

/** Project RAG, one row per status: its word, its badge (amber at risk, red off track) and its bar's colour. */
export const PROJECT_STATUS: Record<ProjectStatus, [label: string, tone: BadgeTone, color: string]> = {
  ON_TRACK: ["On track", "emerald", PALETTE.green],
  AT_RISK: ["At risk", "amber", PALETTE.orange],
  OFF_TRACK: ["Off track", "rose", PALETTE.vermillion],
  NOT_STARTED: ["Not started", "slate", PALETTE.grey],
  ON_HOLD: ["On hold", "indigo", PALETTE.sky],
  DONE: ["Done", "slate", PALETTE.blue],
};

export const PROJECT_ROWS = (Object.keys(PROJECT_STATUS) as ProjectStatus[]).map((key) => {
  const [label, , color] = PROJECT_STATUS[key];
  return { key, label, color };
});

export const PIPELINE_STAGE_LABEL: Record<string, string> = {
  IDEA: "Idea",
  QUALIFIED: "Qualified",
  PROPOSED: "Proposed",
  WON: "Won",
  LOST: "Lost",
};

export function stageLabel(stage: PipelineStage["stage"]): string {
  return PIPELINE_STAGE_LABEL[stage] ?? stage;
}

/** The rules' names, two of them spelled out where a signal stands alone on the dashboard, without its rule row. */
export const SIGNAL_LABEL: Record<SignalType, string> = {
  ...RULE_SIGNAL_LABEL,
  AM_BURNOUT_RISK: "AM burnout risk",
  ROLE_OVERLAP: "Role overlap (AM as PM)",
};

export const SEVERITY_LABEL: Record<SignalSeverity, string> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};
export const SEVERITY_TONE: Record<SignalSeverity, BadgeTone> = { critical: "rose", warning: "amber", info: "slate" };

/** Whole units of the agency currency with a fixed locale, so server and browser render the same text. */
export function formatMoney(value: number, currency: string, compact = false): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: compact ? 1 : 0,
    notation: compact ? "compact" : "standard",
  }).format(value);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(value);
}
