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

/** Each band's lowest and highest value as `[value, band]` cases, so a banding rule is tested at both its edges. */
export function bandEdges<Band extends string>(bands: Record<Band, readonly [lowest: number, highest: number]>) {
  const entries = Object.entries(bands) as [Band, readonly [number, number]][];
  return entries.flatMap(([band, [lowest, highest]]): [number, Band][] => [
    [lowest, band],
    [highest, band],
  ]);
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

/**
 * A builder of rows that each get a fresh id (unless the test names one), a name made from it, and the defaults
 * (made anew per row, so no two rows share an array).
 */
function withFreshId<Row extends { id: string; name: string }>(
  prefix: string,
  label: string,
  defaults: () => Omit<Row, "id" | "name">,
) {
  return (overrides: Partial<Row> = {}): Row => {
    const id = overrides.id ?? uid(prefix);
    return { id, name: `${label} ${id}`, ...defaults(), ...overrides } as Row;
  };
}

export const account = withFreshId<TestAccount>("acc", "Account", () => ({
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
}));

/** `count` accounts for one AM, all STANDARD and recently checked in unless overridden. */
export function accounts(count: number, overrides: Partial<TestAccount> = {}): TestAccount[] {
  return Array.from({ length: count }, () => account(overrides));
}

export const project = withFreshId<ProjectSnapshot>("prj", "Project", () => ({
  accountId: "acc-x",
  pmId: "pm-1",
  status: "ON_TRACK",
  lastStatusAt: daysBefore(1),
}));

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
