import { Badge, type BadgeTone } from "@/components/ui/badge";
import { AM_STATUS_LABEL, SEVERITY_LABEL, SEVERITY_TONE } from "@/components/portfolio/labels";
import type { HealthBand } from "@/lib/domain/portfolio/health";
import type { AmStatus } from "@/lib/domain/portfolio/load";
import type { SignalSeverity } from "@/lib/domain/portfolio/signal-types";
import type { AccountStatus, ProjectStatus } from "@/lib/domain/portfolio/types";

/** Status badges: the colour is never the only cue, every badge carries its word. */

const AM_TONE: Record<AmStatus, BadgeTone> = {
  OVERLOADED: "rose",
  AT_CAPACITY: "amber",
  HEALTHY: "emerald",
  UNDER: "indigo",
};

export function AmStatusBadge({ status }: { status: AmStatus }) {
  return (
    <span data-testid="am-status" data-status={status}>
      <Badge tone={AM_TONE[status]}>{AM_STATUS_LABEL[status]}</Badge>
    </span>
  );
}

export const HEALTH_BAND_LABEL: Record<HealthBand, string> = { healthy: "Healthy", watch: "Watch", at_risk: "At risk" };
const HEALTH_TONE: Record<HealthBand, BadgeTone> = { healthy: "emerald", watch: "amber", at_risk: "rose" };

export function HealthBadge({ band }: { band: HealthBand | null }) {
  if (band === null) return <Badge>Unscored</Badge>;
  return <Badge tone={HEALTH_TONE[band]}>{HEALTH_BAND_LABEL[band]}</Badge>;
}

const ACCOUNT_STATUS: Record<AccountStatus, [string, BadgeTone]> = {
  ACTIVE: ["Active", "emerald"],
  AT_RISK: ["At risk", "rose"],
  PAUSED: ["Paused", "slate"],
  CHURNED: ["Churned", "slate"],
};

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const [label, tone] = ACCOUNT_STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

/** Project RAG: green on track, amber at risk, red off track; the rest neutral. */
export const PROJECT_STATUS: Record<ProjectStatus, [string, BadgeTone]> = {
  ON_TRACK: ["On track", "emerald"],
  AT_RISK: ["At risk", "amber"],
  OFF_TRACK: ["Off track", "rose"],
  NOT_STARTED: ["Not started", "slate"],
  ON_HOLD: ["On hold", "indigo"],
  DONE: ["Done", "slate"],
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const [label, tone] = PROJECT_STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function SeverityBadge({ severity }: { severity: SignalSeverity }) {
  return <Badge tone={SEVERITY_TONE[severity]}>{SEVERITY_LABEL[severity]}</Badge>;
}
