/** Builders for portfolio snapshots: every test states only the fields it is about. */
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import type { AccountSnapshot, AmSnapshot, ClientSnapshot, ProjectSnapshot } from "@/lib/domain/portfolio/signal-types";

/** Midday, so "N days ago at 23:59" and "at 00:00" both stay N calendar days ago. */
export const TODAY = new Date("2025-06-15T12:00:00.000Z");

/** A moment `days` calendar days before TODAY, at the given UTC time of day. */
export function daysBefore(days: number, time = "12:00:00.000"): Date {
  const date = new Date(`2025-06-15T${time}Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date;
}

export function daysAfter(days: number): Date {
  return daysBefore(-days, "00:00:00.000");
}

export const SMALL: Guideline = { band: "small", min: 4, max: 6, source: "size-band" };
export const MID: Guideline = { band: "mid-size", min: 6, max: 8, source: "size-band" };

export function am(id: string, name = `AM ${id}`): AmSnapshot {
  return { id, name };
}

let nextId = 0;
function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${String(nextId).padStart(4, "0")}`;
}

/** An account as the rules and rebalancing see it (rebalancing also reads the giver's recent check-in counts). */
export type TestAccount = AccountSnapshot & { checkInsLast90Days: number };

/** A fresh id (unless the test names one) and a name made from it. */
function named(prefix: string, label: string, givenId: string | undefined) {
  const id = givenId ?? uid(prefix);
  return { id, name: `${label} ${id}` };
}

export function account(overrides: Partial<TestAccount> = {}): TestAccount {
  return {
    ...named("acc", "Account", overrides.id),
    clientId: "client-1",
    clientName: "Acme",
    tier: "TIER_2",
    amId: "am-1",
    status: "ACTIVE",
    complexity: "STANDARD",
    monthlyValue: 5000,
    renewalDate: null,
    lastCheckInAt: daysBefore(1),
    recentSentiments: [4, 4, 4],
    checkInsLast90Days: 3,
    hasActiveGrowthPlan: true,
    kpis: [],
    ...overrides,
  };
}

/** `count` accounts for one AM, all STANDARD and recently checked in unless overridden. */
export function accounts(count: number, overrides: Partial<TestAccount> = {}): TestAccount[] {
  return Array.from({ length: count }, () => account(overrides));
}

export function project(overrides: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return {
    ...named("prj", "Project", overrides.id),
    accountId: "acc-x",
    pmId: "pm-1",
    status: "ON_TRACK",
    lastStatusAt: daysBefore(1),
    ...overrides,
  };
}

export function client(overrides: Partial<ClientSnapshot> = {}): ClientSnapshot {
  return {
    id: "client-1",
    name: "Acme",
    tier: "TIER_1",
    status: "ACTIVE",
    activeContactCount: 3,
    contactsLastSeen: [],
    ...overrides,
  };
}
