import { describe, expect, it } from "vitest";
import { mayDefineKpi, mayMeasureKpi } from "../../../lib/domain/kpis/access";
import { recordMeasurementSchema } from "../../../lib/domain/kpis/schemas";
import { mayWriteGrowth } from "../../../lib/domain/growth/access";
import { createPlanSchema } from "../../../lib/domain/growth/schemas";
import { yearsFromToday } from "../../../lib/domain/form-fields";

const me = "11111111-1111-4111-8111-111111111111";
const other = "22222222-2222-4222-8222-222222222222";
const am = { roles: ["AM"], membershipId: me };
const leader = { roles: ["LEADER"], membershipId: other };
const viewer = { roles: ["VIEWER"], membershipId: me };

describe("KPI access", () => {
  it("AMs define and measure their accounts' KPIs only; member KPIs are defined by leaders, measured by the member", () => {
    expect(mayDefineKpi(am, { accountAmId: me, membershipId: null })).toBe(true);
    expect(mayDefineKpi(am, { accountAmId: other, membershipId: null })).toBe(false);
    expect(mayDefineKpi(am, { accountAmId: null, membershipId: me })).toBe(false);
    expect(mayDefineKpi(leader, { accountAmId: null, membershipId: me })).toBe(true);
    expect(mayMeasureKpi(am, { accountAmId: null, membershipId: me })).toBe(true);
    expect(mayMeasureKpi(am, { accountAmId: null, membershipId: other })).toBe(false);
    expect(mayMeasureKpi(am, { accountAmId: other, membershipId: null })).toBe(false);
    expect(mayMeasureKpi(viewer, { accountAmId: me, membershipId: null })).toBe(false);
    expect(mayDefineKpi({ roles: ["constructor"], membershipId: me }, { accountAmId: me, membershipId: null })).toBe(
      false,
    );
  });

  it("growth: leaders anywhere, AMs on their own accounts, others nowhere", () => {
    expect(mayWriteGrowth(leader, me)).toBe(true);
    expect(mayWriteGrowth(am, me)).toBe(true);
    expect(mayWriteGrowth(am, other)).toBe(false);
    expect(mayWriteGrowth({ roles: ["PM", "VIEWER"], membershipId: me }, me)).toBe(false);
  });
});

describe("schemas", () => {
  const kpiId = "33333333-3333-4333-8333-333333333333";
  it("normalise values to two decimals and blank notes to null", () => {
    const parsed = recordMeasurementSchema.parse({ kpiId, value: "-12.5", periodStart: "2026-11-01", note: "  " });
    expect(parsed).toEqual({ kpiId, value: "-12.50", periodStart: "2026-11-01", note: null });
    expect(recordMeasurementSchema.parse({ kpiId, value: 7, periodStart: "2026-11-01" }).value).toBe("7.00");
  });

  it("bound plan periods: in order, 2000 or later, within five years of today", () => {
    const base = {
      accountId: kpiId,
      objective: "Grow",
      periodStart: "2026-01-01",
      periodEnd: "2026-06-30",
      targetRevenue: "0",
    };
    expect(createPlanSchema.safeParse(base).success).toBe(true);
    expect(createPlanSchema.safeParse({ ...base, periodEnd: yearsFromToday(5) }).success).toBe(true);
    const tooLate = createPlanSchema.safeParse({ ...base, periodEnd: yearsFromToday(6) });
    expect(tooLate.success ? [] : tooLate.error.issues.map((i) => i.path.join("."))).toEqual(["periodEnd"]);
    const reversed = createPlanSchema.safeParse({ ...base, periodEnd: "2025-12-31" });
    expect(reversed.success ? [] : reversed.error.issues.map((i) => i.message)).toEqual([
      "The period cannot end before it starts.",
    ]);
  });
});
