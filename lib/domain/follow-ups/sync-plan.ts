/**
 * The follow-ups sync as a pure diff: today's signals and the agency's rules against the open follow-ups that came
 * from signals. A signal occurrence is (type, subject id); an enabled rule with no open follow-up for the occurrence
 * creates one, an open one whose occurrence is gone (or whose rule was switched off) closes as "resolved by data".
 * The database's partial unique index makes a racing second create a no-op, so this plan need not be exact under
 * concurrency, only correct for one snapshot.
 */
import type { Signal, SignalType } from "@/lib/domain/portfolio/signal-types";
import { dueDateFor, type FollowUpRule } from "./rules";

/** Who stands behind each subject, from the same portfolio snapshot the signals came from. */
export type SyncContext = {
  /** account id → AM membership id */
  accountAm: ReadonlyMap<string, string>;
  /** project id → { PM membership id, account id } */
  project: ReadonlyMap<string, { pmId: string; accountId: string }>;
  /** client id → its accounts (id and AM), largest first: a client-level signal goes to the main account's AM. */
  clientAccounts: ReadonlyMap<string, readonly { accountId: string; amId: string }[]>;
};

export type OpenSignalFollowUp = { id: string; signalType: string; subjectId: string };

export type PlannedFollowUp = {
  signalType: SignalType;
  subjectKind: Signal["subject"]["kind"];
  subjectId: string;
  accountId: string | null;
  /** Membership id, or null for the leaders' queue. */
  assigneeId: string | null;
  title: string;
  reason: string;
  dueDate: Date;
};

export type SyncPlan = { create: PlannedFollowUp[]; close: string[] };

const key = (type: string, subjectId: string) => `${type}\u0000${subjectId}`;

/** The account a signal is about (for the account page's list), and who should act on it under the rule. */
export function placeSignal(
  signal: Signal,
  rule: FollowUpRule,
  context: SyncContext,
): { accountId: string | null; assigneeId: string | null } {
  const { kind, id } = signal.subject;
  let accountId: string | null = null;
  let am: string | null = null;
  let pm: string | null = null;
  if (kind === "account") {
    accountId = id;
    am = context.accountAm.get(id) ?? null;
  } else if (kind === "project") {
    const project = context.project.get(id);
    accountId = project?.accountId ?? null;
    pm = project?.pmId ?? null;
    am = accountId ? (context.accountAm.get(accountId) ?? null) : null;
  } else if (kind === "client") {
    const main = context.clientAccounts.get(id)?.[0];
    accountId = main?.accountId ?? null;
    am = main?.amId ?? null;
  } else {
    am = id; // an AM signal: the AM themselves
  }
  const assigneeId = rule.assignee === "ACCOUNT_AM" ? am : rule.assignee === "PROJECT_PM" ? (pm ?? am) : null;
  return { accountId, assigneeId };
}

export function planFollowUpSync(
  signals: readonly Signal[],
  rules: readonly FollowUpRule[],
  open: readonly OpenSignalFollowUp[],
  context: SyncContext,
  today: Date,
): SyncPlan {
  const enabled = new Map(rules.filter((r) => r.enabled).map((r) => [r.signalType as string, r]));
  const wanted = new Map<string, Signal>();
  for (const signal of signals) {
    if (enabled.has(signal.type)) wanted.set(key(signal.type, signal.subject.id), signal);
  }
  const openKeys = new Set(open.map((f) => key(f.signalType, f.subjectId)));
  const create: PlannedFollowUp[] = [];
  for (const [k, signal] of wanted) {
    if (openKeys.has(k)) continue;
    const rule = enabled.get(signal.type)!;
    create.push({
      signalType: signal.type,
      subjectKind: signal.subject.kind,
      subjectId: signal.subject.id,
      ...placeSignal(signal, rule, context),
      title: `${titleVerb(signal.type)}: ${signal.subject.name}`.slice(0, 200),
      reason: signal.reason.slice(0, 1000),
      dueDate: dueDateFor(today, rule.dueInDays),
    });
  }
  const close = open.filter((f) => !wanted.has(key(f.signalType, f.subjectId))).map((f) => f.id);
  return { create, close };
}

function titleVerb(type: SignalType): string {
  switch (type) {
    case "CHECK_IN_OVERDUE":
      return "Check in";
    case "RENEWAL_AT_RISK":
      return "Secure the renewal";
    case "RELATIONSHIP_RISK":
      return "Widen the relationship";
    case "STALE_PROJECT":
      return "Update the project";
    case "AM_OVERLOADED":
      return "Rebalance the load";
    case "SENTIMENT_DROP":
      return "Ask what changed";
    case "NO_GROWTH_PLAN":
      return "Draft a growth plan";
    default:
      return "Look into it";
  }
}
