import { Badge, type BadgeTone } from "@/components/ui/badge";
import { AM_STATUS_LABEL, PROJECT_STATUS, SEVERITY_LABEL, SEVERITY_TONE } from "@/components/portfolio/labels";
import type { HealthBand } from "@/lib/domain/portfolio/health";
import type { AmStatus } from "@/lib/domain/portfolio/load";
import type { SignalSeverity } from "@/lib/domain/portfolio/signal-types";
import type { AccountStatus } from "@/lib/domain/portfolio/types";

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

/** A status's badge from its table row: the word first, then the tone. */
function statusBadge<S extends string>(table: Record<S, readonly [string, BadgeTone, ...unknown[]]>) {
  return function StatusBadge({ status }: { status: S }) {
    const [label, tone] = table[status];
    return <Badge tone={tone}>{label}</Badge>;
  };
}

const ACCOUNT_STATUS: Record<AccountStatus, [string, BadgeTone]> = {
  ACTIVE: ["Active", "emerald"],
  AT_RISK: ["At risk", "rose"],
  PAUSED: ["Paused", "slate"],
  CHURNED: ["Churned", "slate"],
};

export const AccountStatusBadge = statusBadge(ACCOUNT_STATUS);

export { PROJECT_STATUS };
export const ProjectStatusBadge = statusBadge(PROJECT_STATUS);

export function SeverityBadge({ severity }: { severity: SignalSeverity }) {
  return <Badge tone={SEVERITY_TONE[severity]}>{SEVERITY_LABEL[severity]}</Badge>;
}
