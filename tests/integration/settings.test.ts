import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { badValueCases, inputWith } from "../support/form-input";
import * as actions from "../../lib/actions/settings";
import { loadDashboard } from "../../lib/domain/portfolio/load-portfolio";
import { agencyLoadHistory, loadAgencyLoadHistory } from "../../lib/domain/agencies/load-history";
import { guidelineFor } from "../../lib/domain/portfolio/guideline";
import { readFirstRunFacts } from "../../lib/domain/agencies/first-run";
import { withTenant } from "../../lib/db/tenant";

// Hoisted above the imports by vitest: the actions above see the mocked session.
vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const agencyRow = (f: AgencyFixture) => db.admin.agency.findUniqueOrThrow({ where: { id: f.agency.id } });
const version = async (f: AgencyFixture) => (await agencyRow(f)).settingsVersion;
const profile = inputWith({
  name: "Alpha Agency",
  employeeCount: "8",
  currency: "USD",
  timeZone: "UTC",
  weekStart: "MONDAY",
});

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("the agency profile", () => {
  it("9 → 12 employees moves the band, confirms the size, records the rule change and audits before/after", async () => {
    await db.admin.agency.update({ where: { id: a.agency.id }, data: { employeeCount: 9 } });
    const v = await version(a);
    const result = await actions.updateAgencyProfile(a.agency.slug, {
      expectedVersion: v,
      ...profile({ employeeCount: "12", timeZone: "Europe/London", weekStart: "SUNDAY", currency: "GBP" }),
    });
    expect(result).toEqual({ ok: true, data: { version: v + 1 } });
    const row = await agencyRow(a);
    expect(row).toMatchObject({ employeeCount: 12, timeZone: "Europe/London", weekStart: "SUNDAY", currency: "GBP" });
    expect(row.setupConfirmedAt).not.toBeNull();
    const change = await db.admin.guidelineChange.findFirstOrThrow({ where: { agencyId: a.agency.id } });
    expect(change).toMatchObject({ fromMin: 4, fromMax: 6, toMin: 6, toMax: 8, toSource: "SIZE_BAND" });
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { agencyId: a.agency.id, action: "settings.profile_updated" },
    });
    expect(event.before).toMatchObject({ employeeCount: 9, version: v });
    expect(event.after).toMatchObject({ employeeCount: 12, version: v + 1 });
    const { dashboard } = await loadDashboard(a.agency.id, a.users.leader.id);
    expect(dashboard.guideline).toMatchObject({ band: "mid-size", min: 6, max: 8, source: "size-band" });
  });

  it.each(
    badValueCases({
      employeeCount: ["0", "8.5"], // none, or a fraction of one
      name: [" "],
      timeZone: ["Mars/Olympus"],
      currency: ["XXX"],
      weekStart: ["FRIDAY"],
    }),
  )("refuses %s = %j with a field error and changes nothing", async (field, value) => {
    const before = await agencyRow(a);
    const result = await actions.updateAgencyProfile(a.agency.slug, {
      expectedVersion: before.settingsVersion,
      ...profile({ [field]: value }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await agencyRow(a)).toEqual(before);
  });
});

describe("the guideline override", () => {
  it("needs a reason and a valid range; is named on the dashboard; the way back restores the size band", async () => {
    const v = await version(a);
    const override = (range: { min: string; max: string; reason?: string }) =>
      actions.setGuidelineOverride(a.agency.slug, { expectedVersion: v, ...range });
    const noReason = await override({ min: "3", max: "5" });
    expect(noReason.ok ? null : noReason.fieldErrors?.reason).toBeTruthy();
    const inverted = await override({ min: "6", max: "4", reason: "x".repeat(10) });
    expect(inverted.ok ? null : inverted.fieldErrors?.max).toBeTruthy();
    const zeroMax = await override({ min: "0", max: "0", reason: "x".repeat(10) });
    expect(zeroMax.ok ? null : zeroMax.fieldErrors?.max).toBeTruthy();
    expect(await version(a)).toBe(v);

    const set = await override({ min: "3", max: "5", reason: "Senior AMs on complex retainers" });
    expect(set).toEqual({ ok: true, data: { version: v + 1 } });
    const { settings, dashboard } = await loadDashboard(a.agency.id, a.users.leader.id);
    expect(dashboard.guideline).toMatchObject({ min: 3, max: 5, source: "override" });
    expect(settings.guidelineOverrideReason).toBe("Senior AMs on complex retainers");

    const cleared = await actions.clearGuidelineOverride(a.agency.slug, { expectedVersion: v + 1 });
    expect(cleared.ok).toBe(true);
    const after = await loadDashboard(a.agency.id, a.users.leader.id);
    expect(after.dashboard.guideline.source).toBe("size-band");
    expect(after.settings.guidelineOverrideReason).toBeNull();
    const history = await loadAgencyLoadHistory(a.agency.id, a.users.leader.id);
    expect(history.changes.map((c) => [c.toSource, c.toMin, c.toMax])).toEqual([
      ["SIZE_BAND", 6, 8],
      ["OVERRIDE", 3, 5],
      ["SIZE_BAND", 6, 8],
    ]);
    expect(history.changes[1]?.reason).toBe("Senior AMs on complex retainers");
    expect(history.points.at(-1)).toMatchObject({ bandMin: 6, bandMax: 8 });
    expect(history.points.at(-1)?.changeNote).toMatch(/^6–8 from /);
  });
});

describe("the load history", () => {
  it("counts every account of today's AMs, those archived in the window too, and none archived before it", async () => {
    const today = new Date("2026-11-20T12:00:00Z");
    const account = (name: string, archivedAt: Date | null, amId = a.memberships.am.id) =>
      db.admin.account.create({
        data: {
          agencyId: a.agency.id,
          clientId: a.client.id,
          amId,
          name,
          complexity: "HIGH",
          startDate: new Date("2024-01-01"),
          archivedAt,
          monthlyValue: "1000.00",
        },
      });
    await account("Archived in the window", new Date("2026-03-10T00:00:00Z"));
    await account("Archived on the window's first day", new Date("2025-12-01T00:00:00Z"));
    await account("Archived before the window", new Date("2025-11-30T23:59:59Z"));
    await account("Held by a non-AM", null, a.memberships.pm.id);
    const history = await loadAgencyLoadHistory(a.agency.id, a.users.leader.id, today);

    // The same rule over every account of the agency's AMs, read without any narrowing.
    const every = await db.admin.account.findMany({
      where: { agencyId: a.agency.id, amId: a.memberships.am.id },
      select: { status: true, complexity: true, startDate: true, archivedAt: true },
    });
    const expected = agencyLoadHistory(every, 1, history.changes, guidelineFor(await agencyRow(a)), today);
    expect(history.points).toEqual(expected);
    expect(history.points[0]?.month).toBe("2025-12");
    expect(history.points.map((p) => p.weightedLoad)).not.toEqual(Array(12).fill(history.points[0]?.weightedLoad));
  });
});

describe("cadence, weights and thresholds", () => {
  it("weights must add up to 100 (a field error, nothing changed), then apply", async () => {
    const v = await version(a);
    const weights = (r: number) => ({
      expectedVersion: v,
      healthWeightRecency: String(r),
      healthWeightSentiment: "25",
      healthWeightDelivery: "25",
      healthWeightKpi: "20",
    });
    const bad = await actions.updateHealthWeights(a.agency.slug, weights(31));
    expect(bad.ok ? null : bad.fieldErrors?.healthWeightTotal?.[0]).toMatch(/add up to 101/);
    expect((await agencyRow(a)).healthWeightRecency).toBe(30);
    const good = await actions.updateHealthWeights(a.agency.slug, { ...weights(40), healthWeightKpi: "10" });
    expect(good.ok).toBe(true);
    expect((await agencyRow(a)).healthWeightRecency).toBe(40);
  });

  it("a shorter stale-project threshold raises the signal on the dashboard at once", async () => {
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    await db.admin.project.create({
      data: {
        agencyId: a.agency.id,
        accountId: a.account.id,
        pmId: a.memberships.pm.id,
        name: "Brand refresh",
        status: "ON_TRACK",
        lastStatusAt: tenDaysAgo,
      },
    });
    const stale = async () =>
      (await loadDashboard(a.agency.id, a.users.leader.id)).dashboard.signals.filter((s) => s.type === "STALE_PROJECT");
    expect(await stale()).toHaveLength(0);
    const result = await actions.updateSignalThresholds(a.agency.slug, {
      expectedVersion: await version(a),
      renewalWindowDays: "60",
      staleProjectDays: "7",
      sentimentDropPoints: "1.2",
      relationshipMinContacts: "1",
    });
    expect(result.ok).toBe(true);
    expect(await stale()).toHaveLength(1);
    expect(Number((await agencyRow(a)).sentimentDropPoints)).toBe(1.2);
  });

  it("refuses a two-decimal sentiment drop and a cadence of 0 days", async () => {
    const v = await version(a);
    const drop = await actions.updateSignalThresholds(a.agency.slug, {
      expectedVersion: v,
      renewalWindowDays: "60",
      staleProjectDays: "7",
      sentimentDropPoints: "1.25",
      relationshipMinContacts: "1",
    });
    expect(drop.ok ? null : drop.fieldErrors?.sentimentDropPoints).toBeTruthy();
    const cadence = await actions.updateCheckInCadence(a.agency.slug, {
      expectedVersion: v,
      cadenceTier1Days: "0",
      cadenceTier2Days: "30",
      cadenceTier3Days: "45",
    });
    expect(cadence.ok ? null : cadence.fieldErrors?.cadenceTier1Days).toBeTruthy();
    expect(await version(a)).toBe(v);
  });
});

describe("two leaders at once", () => {
  it("the second write based on the same version is refused with who changed what, and nothing is overwritten", async () => {
    const v = await version(a);
    const cadence = (t1: string) => ({
      expectedVersion: v,
      cadenceTier1Days: t1,
      cadenceTier2Days: "30",
      cadenceTier3Days: "45",
    });
    expect((await actions.updateCheckInCadence(a.agency.slug, cadence("10"))).ok).toBe(true);
    const second = await actions.updateCheckInCadence(a.agency.slug, cadence("21"));
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    if (!second.ok) {
      expect(second.message).toMatch(/changed by Alpha leader/);
      expect(second.current).toMatchObject({ cadenceTier1Days: 10, settingsVersion: v + 1 });
    }
    expect((await agencyRow(a)).cadenceTier1Days).toBe(10);
  });
});

describe("who may change settings", () => {
  it.each(["am", "pm", "viewer"] as const)("a %s is refused (audited) and nothing changes", async (who) => {
    signInAsMember(a, who);
    const before = await agencyRow(a);
    const result = await actions.updateAgencyProfile(a.agency.slug, {
      expectedVersion: before.settingsVersion,
      ...profile({ employeeCount: "500" }),
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect((await actions.dismissFirstRunGuide(a.agency.slug, { expectedVersion: before.settingsVersion })).ok).toBe(
      false,
    );
    expect(await agencyRow(a)).toEqual(before);
    const denied = await db.admin.auditEvent.count({
      where: {
        agencyId: a.agency.id,
        action: "access.denied",
        entityId: "settings.updateProfile",
        actorId: a.users[who].id,
      },
    });
    expect(denied).toBe(1);
  });

  it("another agency's leader cannot reach this agency's settings, and its rule history stays invisible", async () => {
    signInAsMember(b, "leader");
    const before = await agencyRow(a);
    const result = await actions.updateAgencyProfile(a.agency.slug, {
      expectedVersion: before.settingsVersion,
      ...profile({ employeeCount: "500" }),
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await agencyRow(a)).toEqual(before);
    const seen = await withTenant(b.agency.id, b.users.leader.id, (tx) =>
      tx.guidelineChange.findMany({ where: { agencyId: a.agency.id } }),
    );
    expect(seen).toEqual([]);
  });
});

describe("the first-run guide", () => {
  it("is ticked from real data and dismissed once for the agency (audited)", async () => {
    const facts = await withTenant(b.agency.id, null, (tx) => readFirstRunFacts(tx, b.agency.id, new Date()));
    expect(facts).toEqual({ setupConfirmed: false, accountManagers: 1, projectManagers: 1, accounts: 1, checkIns: 0 });
    signInAsMember(b, "leader");
    const v = await version(b);
    expect(await actions.dismissFirstRunGuide(b.agency.slug, { expectedVersion: v })).toEqual({
      ok: true,
      data: { version: v + 1 },
    });
    expect((await agencyRow(b)).firstRunDismissedAt).not.toBeNull();
    expect(
      await db.admin.auditEvent.count({ where: { agencyId: b.agency.id, action: "settings.first_run_dismissed" } }),
    ).toBe(1);
  });
});
