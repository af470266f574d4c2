import { describe, expect, it } from "vitest";
import { myAccountRows } from "../../../lib/domain/check-ins/my-accounts";
import { DEFAULT_SIGNAL_RULES, type AccountSnapshot } from "../../../lib/domain/portfolio/signal-types";

const today = new Date("2026-06-15T10:00:00Z");
const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000);
const daysAhead = (n: number) => new Date(today.getTime() + n * 86_400_000);

function account(id: string, patch: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return {
    id,
    name: id,
    clientId: `client-${id}`,
    clientName: `Client ${id}`,
    tier: "TIER_2",
    amId: "am",
    status: "ACTIVE",
    complexity: "STANDARD",
    monthlyValue: 1000,
    renewalDate: null,
    lastCheckInAt: daysAgo(3),
    recentSentiments: [4, 4, 4],
    hasActiveGrowthPlan: true,
    kpis: [],
    ...patch,
  };
}

describe("My accounts order (pure)", () => {
  it("puts overdue first, then at-risk health, then renewals within 90 days, then the rest, inactive last", () => {
    const book = [
      account("fine", { lastCheckInAt: daysAgo(10) }),
      account("paused", { status: "PAUSED", lastCheckInAt: daysAgo(200) }),
      account("renewal-far", { renewalDate: daysAhead(120) }),
      account("renewal-soon", { renewalDate: daysAhead(20) }),
      account("renewal-sooner", { renewalDate: daysAhead(5) }),
      account("at-risk", { recentSentiments: [1, 1, 1], lastCheckInAt: daysAgo(29) }),
      account("overdue-a-bit", { lastCheckInAt: daysAgo(35) }),
      account("never", { lastCheckInAt: null, recentSentiments: [] }),
      account("overdue-a-lot", { lastCheckInAt: daysAgo(80) }),
    ];
    const rows = myAccountRows(book, [], DEFAULT_SIGNAL_RULES, today);
    expect(rows.map((r) => r.id)).toEqual([
      "never",
      "overdue-a-lot",
      "overdue-a-bit",
      "at-risk",
      "renewal-sooner",
      "renewal-soon",
      "fine",
      "renewal-far",
      "paused",
    ]);
    expect(rows.map((r) => r.attention)).toEqual([
      "overdue",
      "overdue",
      "overdue",
      "at_risk",
      "renewal",
      "renewal",
      "ok",
      "ok",
      "inactive",
    ]);
  });

  it("computes the next due date from the last check-in and the tier's cadence", () => {
    const [row] = myAccountRows(
      [account("t1", { tier: "TIER_1", lastCheckInAt: daysAgo(4) })],
      [],
      DEFAULT_SIGNAL_RULES,
      today,
    );
    expect(row).toMatchObject({ cadenceDays: 14, daysUntilDue: 10, overdue: false, daysSinceCheckIn: 4 });
    expect(row!.nextDueAt).toEqual(daysAhead(10));
    const [never] = myAccountRows([account("n", { lastCheckInAt: null })], [], DEFAULT_SIGNAL_RULES, today);
    expect(never).toMatchObject({ overdue: true, daysUntilDue: 0, daysSinceCheckIn: null });
  });
});
