/**
 * Shapes shared by the signal rules (DESIGN.md "Signals"). The snapshots are flat lists, one per table, so the data
 * layer can fill each with a single set-based query (per-account arrays via array_agg / json_agg) and the rules do the
 * grouping in memory; nothing here runs a query per AM or per account.
 */
import { DEFAULT_CHECK_IN_CADENCE_DAYS, type CheckInCadence } from "./cadence";
import type { Guideline } from "./guideline";
import { DEFAULT_HEALTH_WEIGHTS, type HealthWeights } from "./health";
import type { KpiReading } from "./health-components";
import type { CommercialSnapshot } from "@/lib/domain/commercial/snapshot";
import type { AccountStatus, ClientStatus, ClientTier, Complexity, ProjectStatus } from "./types";

export type SignalType = (typeof SIGNAL_TYPE_ORDER)[number];

export type SignalSeverity = "critical" | "warning" | "info";

export interface SignalSubject {
  kind: "am" | "account" | "client" | "project";
  id: string;
  name: string;
}

export interface Signal {
  type: SignalType;
  severity: SignalSeverity;
  subject: SignalSubject;
  /** Plain language with the numbers, shown to the user as is. */
  reason: string;
}

/** An account manager: an active membership holding the AM role. */
export interface AmSnapshot {
  id: string;
  name: string;
}

/** One non-archived account with the aggregates the rules read. Money and decimals arrive as numbers. */
export interface AccountSnapshot {
  id: string;
  name: string;
  clientId: string;
  clientName: string;
  tier: ClientTier;
  /** Membership id of the owning AM. */
  amId: string;
  status: AccountStatus;
  complexity: Complexity;
  /** Monthly value in major units of the agency currency (Decimal → Number at the boundary). */
  monthlyValue: number;
  renewalDate: Date | null;
  lastCheckInAt: Date | null;
  /** Sentiments of the newest check-ins, newest first; at least the last 5 (sentiment drop needs 5, health 3). */
  recentSentiments: readonly number[];
  hasActiveGrowthPlan: boolean;
  /** Non-archived account KPIs with their latest measurement. */
  kpis: readonly KpiReading[];
}

/** One non-archived project. */
export interface ProjectSnapshot {
  id: string;
  name: string;
  accountId: string;
  /** Membership id of the PM. */
  pmId: string;
  status: ProjectStatus;
  lastStatusAt: Date;
}

/** A contact who attended check-ins on the client's accounts, with the newest such check-in. */
export interface ContactLastSeen {
  contactId: string;
  lastSeenAt: Date;
}

export interface ClientSnapshot {
  id: string;
  name: string;
  tier: ClientTier;
  status: ClientStatus;
  activeContactCount: number;
  /**
   * Contacts seen at the client's check-ins, at least all those seen in the last RELATIONSHIP_WINDOW_DAYS days (older
   * ones are ignored, so a superset is fine). The contacts of the window's check-ins are exactly those whose last
   * sighting falls in the window.
   */
  contactsLastSeen: readonly ContactLastSeen[];
  /** An active primary contact is named (absent in older fixtures: treated as named). */
  hasPrimaryContact?: boolean;
  /** The newest departure of a contact who was primary when they left (lib/domain/commercial, issue 16). */
  primaryContactLeft?: { name: string; leftOn: Date } | null;
}

export interface PortfolioSnapshot {
  guideline: Guideline;
  ams: readonly AmSnapshot[];
  accounts: readonly AccountSnapshot[];
  projects: readonly ProjectSnapshot[];
  clients: readonly ClientSnapshot[];
  /** Retainer scope, hours and value history (lib/domain/commercial); absent: no commercial signals. */
  commercial?: CommercialSnapshot;
}

/** Thresholds of the rules. Cadence and health weights are agency settings; the rest are DESIGN.md defaults. */
export interface SignalRules {
  cadence: CheckInCadence;
  healthWeights: HealthWeights;
  /** Burnout: share of an overloaded AM's active accounts with overdue check-ins (≥). */
  burnoutOverdueShare: number;
  /** Burnout: number of an overloaded AM's active accounts with an OFF_TRACK project (≥). */
  burnoutOffTrackAccounts: number;
  /** Relationship risk applies to these tiers. */
  relationshipTiers: readonly ClientTier[];
  /** Relationship risk: fewer active contacts than this. */
  relationshipMinContacts: number;
  /** Relationship risk: the look-back window for "all check-ins involved the same single contact". */
  relationshipWindowDays: number;
  /** Stale project: more days than this without a status update. */
  staleProjectDays: number;
  /** Renewal at risk: renewal within this many days (inclusive) … */
  renewalWindowDays: number;
  /** … and health score below this. */
  renewalHealthBelow: number;
  /** Sentiment drop: last two average at least this far below the previous three. */
  sentimentDropPoints: number;
}

export const RELATIONSHIP_WINDOW_DAYS = 90;

export const DEFAULT_SIGNAL_RULES: SignalRules = {
  cadence: DEFAULT_CHECK_IN_CADENCE_DAYS,
  healthWeights: DEFAULT_HEALTH_WEIGHTS,
  burnoutOverdueShare: 0.3,
  burnoutOffTrackAccounts: 2,
  relationshipTiers: ["TIER_1", "TIER_2"],
  relationshipMinContacts: 2,
  relationshipWindowDays: RELATIONSHIP_WINDOW_DAYS,
  staleProjectDays: 14,
  renewalWindowDays: 90,
  renewalHealthBelow: 60,
  sentimentDropPoints: 1.5,
};

/** Display order: most severe first, then the order of the table in DESIGN.md. */
export const SEVERITY_ORDER: readonly SignalSeverity[] = ["critical", "warning", "info"];
/** Every signal there is, in the order of the table in DESIGN.md; the commercial ones (issue 16) last. */
export const SIGNAL_TYPE_ORDER = [
  "AM_OVERLOADED",
  "AM_AT_CAPACITY",
  "AM_UNDER_USED",
  "CHECK_IN_OVERDUE",
  "AM_BURNOUT_RISK",
  "RELATIONSHIP_RISK",
  "ROLE_OVERLAP",
  "NO_GROWTH_PLAN",
  "STALE_PROJECT",
  "RENEWAL_AT_RISK",
  "SENTIMENT_DROP",
  "OVER_SERVICING",
  "AM_BOOK_SHRANK",
] as const;
