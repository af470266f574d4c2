/**
 * Which signals become follow-ups, for whom and due when: per-agency rules as data (the FollowUpRule table). A signal
 * type without a stored row uses the defaults below, so a new agency needs no rows and a new signal type starts off.
 * Pure: no I/O.
 */
import { SIGNAL_TYPE_ORDER, type SignalType } from "@/lib/domain/portfolio/signal-types";

export const FOLLOW_UP_ASSIGNEES = ["ACCOUNT_AM", "PROJECT_PM", "LEADERS"] as const;
export type FollowUpAssignee = (typeof FOLLOW_UP_ASSIGNEES)[number];

export type FollowUpRule = {
  signalType: SignalType;
  enabled: boolean;
  assignee: FollowUpAssignee;
  dueInDays: number;
};

export const MAX_DUE_IN_DAYS = 365;

/** On by default for the five signals the issue names; the rest can be switched on by a leader. */
const DEFAULTS: Record<SignalType, Omit<FollowUpRule, "signalType">> = {
  AM_OVERLOADED: { enabled: true, assignee: "LEADERS", dueInDays: 7 },
  AM_AT_CAPACITY: { enabled: false, assignee: "LEADERS", dueInDays: 14 },
  AM_UNDER_USED: { enabled: false, assignee: "LEADERS", dueInDays: 14 },
  CHECK_IN_OVERDUE: { enabled: true, assignee: "ACCOUNT_AM", dueInDays: 3 },
  AM_BURNOUT_RISK: { enabled: false, assignee: "LEADERS", dueInDays: 7 },
  RELATIONSHIP_RISK: { enabled: true, assignee: "ACCOUNT_AM", dueInDays: 14 },
  ROLE_OVERLAP: { enabled: false, assignee: "LEADERS", dueInDays: 14 },
  NO_GROWTH_PLAN: { enabled: false, assignee: "ACCOUNT_AM", dueInDays: 30 },
  STALE_PROJECT: { enabled: true, assignee: "PROJECT_PM", dueInDays: 3 },
  RENEWAL_AT_RISK: { enabled: true, assignee: "ACCOUNT_AM", dueInDays: 7 },
  SENTIMENT_DROP: { enabled: false, assignee: "ACCOUNT_AM", dueInDays: 7 },
  OVER_SERVICING: { enabled: false, assignee: "ACCOUNT_AM", dueInDays: 14 },
  AM_BOOK_SHRANK: { enabled: false, assignee: "LEADERS", dueInDays: 30 },
};

export const SIGNAL_LABEL: Record<SignalType, string> = {
  AM_OVERLOADED: "AM overloaded",
  AM_AT_CAPACITY: "AM at capacity",
  AM_UNDER_USED: "AM under-used",
  CHECK_IN_OVERDUE: "Check-in overdue",
  AM_BURNOUT_RISK: "Burnout risk",
  RELATIONSHIP_RISK: "Relationship risk",
  ROLE_OVERLAP: "Role overlap",
  NO_GROWTH_PLAN: "No growth plan",
  STALE_PROJECT: "Stale project",
  RENEWAL_AT_RISK: "Renewal at risk",
  SENTIMENT_DROP: "Sentiment drop",
  OVER_SERVICING: "Over-servicing",
  AM_BOOK_SHRANK: "AM book shrank",
};

export const ASSIGNEE_LABEL: Record<FollowUpAssignee, string> = {
  ACCOUNT_AM: "The account's AM",
  PROJECT_PM: "The project's PM",
  LEADERS: "The agency's leaders",
};

export function isSignalType(value: string): value is SignalType {
  return (SIGNAL_TYPE_ORDER as readonly string[]).includes(value);
}

export function defaultRule(signalType: SignalType): FollowUpRule {
  return { signalType, ...DEFAULTS[signalType] };
}

/** Every signal type's rule in display order: the stored row where there is one, else the default. */
export function effectiveRules(
  stored: readonly { signalType: string; enabled: boolean; assignee: string; dueInDays: number }[],
): FollowUpRule[] {
  const byType = new Map(stored.map((row) => [row.signalType, row]));
  return SIGNAL_TYPE_ORDER.map((signalType) => {
    const row = byType.get(signalType);
    if (!row || !(FOLLOW_UP_ASSIGNEES as readonly string[]).includes(row.assignee)) return defaultRule(signalType);
    return { signalType, enabled: row.enabled, assignee: row.assignee as FollowUpAssignee, dueInDays: row.dueInDays };
  });
}

/** The due date: today (UTC day) plus the rule's days. */
export function dueDateFor(today: Date, dueInDays: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + dueInDays));
}
