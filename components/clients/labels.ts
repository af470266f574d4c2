import { TIER_LABEL } from "@/components/portfolio/labels";
import { ACCOUNT_KINDS, ACCOUNT_STATUSES, COMPLEXITIES } from "@/lib/domain/accounts/schemas";
import { CLIENT_STATUSES, CLIENT_TIERS } from "@/lib/domain/clients/schemas";
import type { BadgeTone } from "@/components/ui/badge";
import { COMPLEXITY_NAME, KIND_NAME } from "@/components/drilldown/format";

/** Words and select options for the client and account forms and lists. */
export const CLIENT_STATUS_LABEL: Record<string, [string, BadgeTone]> = {
  ACTIVE: ["Active", "emerald"],
  PAUSED: ["Paused", "slate"],
  CHURNED: ["Churned", "rose"],
};

export const ACCOUNT_STATUS_LABEL: Record<string, string> = {
  ACTIVE: "Active",
  AT_RISK: "At risk",
  PAUSED: "Paused",
  CHURNED: "Churned",
};

export const TIER_OPTIONS = CLIENT_TIERS.map((value) => ({ value, label: TIER_LABEL[value] }));
export const CLIENT_STATUS_OPTIONS = CLIENT_STATUSES.map((value) => ({ value, label: CLIENT_STATUS_LABEL[value]![0] }));
export const ACCOUNT_STATUS_OPTIONS = ACCOUNT_STATUSES.map((value) => ({ value, label: ACCOUNT_STATUS_LABEL[value]! }));
export const KIND_OPTIONS = ACCOUNT_KINDS.map((value) => ({ value, label: KIND_NAME[value]! }));
export const COMPLEXITY_OPTIONS = COMPLEXITIES.map((value) => ({
  value,
  label: `${COMPLEXITY_NAME[value]} (${{ LOW: "0.5", STANDARD: "1.0", HIGH: "1.5" }[value]} load)`,
}));
