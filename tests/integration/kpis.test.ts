import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { denialsIn, expectInvalidUnchanged, expectRefusedUnchanged, withChangeEvents } from "../support/refusals";
import { expectProbesNotFound, kpisAndGrowth } from "../support/growth-state";
import { expectEachRejected } from "../support/form-input";
import { signInAs } from "../support/session";
import { addAmWithAccount, addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const actions = await import("../../lib/actions/kpis");
const { archiveKpi, createKpi, deleteMeasurement, editKpi, recordMeasurement } = actions;

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let otherAm: Awaited<ReturnType<typeof addMember>>;
let otherAccountId: string;

type Person = { id: string; email: string; name: string };
const as = (user: Person) => signInAs(user);
const definition = {
  name: "Organic sessions",
  unit: "visits",
  target: "12000",
  direction: "HIGHER_IS_BETTER",
  cadence: "MONTHLY",
};

function newKpi(owner: { accountId?: string; membershipId?: string }, agencyId = a.agency.id) {
  return db.admin.kpi.create({
    data: { agencyId, name: "Retention", unit: "%", target: "90", ...owner },
    select: { id: true },
  });
}
function newMeasurement(kpiId: string, agencyId = a.agency.id) {
  return db.admin.kpiMeasurement.create({
    data: { agencyId, kpiId, value: "80", periodStart: new Date("2026-10-01") },
    select: { id: true },
  });
}
/** The input is refused with field errors on `field`, and no KPI row or change event appears or changes. */
const expectRejected = (result: Promise<unknown>, field: string) =>
  expectInvalidUnchanged(withChangeEvents(db.admin, a.agency.id, kpisAndGrowth), result, field);
/** Refused as `code`, nothing changed, and the refusal audited in the caller's agency. */
const expectRefused = (call: () => Promise<unknown>, code: "forbidden" | "not_found", agencyId = a.agency.id) =>
  expectRefusedUnchanged(() => kpisAndGrowth(db.admin), call, code, denialsIn(db.admin, agencyId));

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  ({ am: otherAm, accountId: otherAccountId } = await addAmWithAccount(db.admin, a));
});
beforeEach(() => as(a.users.am));

describe("defining KPIs", () => {
  it("an AM sets a KPI on an account they manage, audited; a leader sets one on a member", async () => {
    const result = await createKpi(a.agency.slug, { accountId: a.account.id, ...definition, target: "12000.5" });
    expect(result.ok).toBe(true);
    const kpiId = result.ok ? result.data.kpiId : "";
    expect(await db.admin.kpi.findUniqueOrThrow({ where: { id: kpiId } })).toMatchObject({
      agencyId: a.agency.id,
      accountId: a.account.id,
      membershipId: null,
      name: "Organic sessions",
      cadence: "MONTHLY",
    });
    const event = await db.admin.auditEvent.findFirstOrThrow({ where: { action: "kpi.created", entityId: kpiId } });
    expect(event).toMatchObject({ agencyId: a.agency.id, actorId: a.users.am.id, after: { target: "12000.50" } });

    as(a.users.leader);
    const onMember = await createKpi(a.agency.slug, { membershipId: a.memberships.am.id, ...definition });
    expect(onMember).toMatchObject({ ok: true });
    expect(await db.admin.auditEvent.count({ where: { action: "kpi.created", agencyId: a.agency.id } })).toBe(2);
  });

  it("rejects each kind of invalid definition with a field error and changes nothing", async () => {
    const valid = { accountId: a.account.id, ...definition };
    await expectEachRejected(expectRejected, (input) => createKpi(a.agency.slug, input), valid, {
      name: ["  ", "x".repeat(121)],
      unit: ["u".repeat(21)],
      target: ["lots", "12.345", "1000000000000"],
      direction: ["SIDEWAYS"],
      cadence: ["DAILY"],
      accountId: ["not-a-uuid"],
    });
    // Neither owner, or both: the form as a whole is refused.
    await expectRejected(createKpi(a.agency.slug, { ...definition }), "_form");
    await expectRejected(createKpi(a.agency.slug, { ...valid, membershipId: a.memberships.am.id }), "_form");
  });

  it("edits and archives, audited with the values before; an archived KPI takes no readings", async () => {
    const kpi = await newKpi({ accountId: a.account.id });
    const edit = await editKpi(a.agency.slug, { kpiId: kpi.id, ...definition, direction: "LOWER_IS_BETTER" });
    expect(edit).toMatchObject({ ok: true });
    expect(await db.admin.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).toMatchObject({
      name: "Organic sessions",
      direction: "LOWER_IS_BETTER",
    });
    expect(
      await db.admin.auditEvent.findFirstOrThrow({ where: { action: "kpi.edited", entityId: kpi.id } }),
    ).toMatchObject({
      before: { name: "Retention", target: "90.00" },
      after: { name: "Organic sessions" },
    });
    await expectRejected(editKpi(a.agency.slug, { kpiId: kpi.id, ...definition, unit: "" }), "unit");

    expect(await archiveKpi(a.agency.slug, { kpiId: kpi.id })).toMatchObject({ ok: true });
    expect((await db.admin.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).archivedAt).not.toBeNull();
    expect(await db.admin.auditEvent.count({ where: { action: "kpi.archived", entityId: kpi.id } })).toBe(1);
    await expectRefused(
      () => recordMeasurement(a.agency.slug, { kpiId: kpi.id, value: "1", periodStart: "2026-11-01" }),
      "not_found",
    );
  });
});

describe("recording readings", () => {
  it("stores a reading for the period the date falls in; a second one in that period corrects it", async () => {
    const kpi = await newKpi({ accountId: a.account.id });
    const first = await recordMeasurement(a.agency.slug, {
      kpiId: kpi.id,
      value: "82.5",
      periodStart: "2026-11-17",
      note: "  After the onboarding fix  ",
    });
    expect(first).toMatchObject({ ok: true, data: { periodStart: "2026-11-01", corrected: false } });
    const second = await recordMeasurement(a.agency.slug, { kpiId: kpi.id, value: "85", periodStart: "2026-11-03" });
    expect(second).toMatchObject({ ok: true, data: { periodStart: "2026-11-01", corrected: true } });
    const rows = await db.admin.kpiMeasurement.findMany({ where: { kpiId: kpi.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.value.toFixed(2)).toBe("85.00");
    expect(rows[0]!.note).toBeNull();
    const events = await db.admin.auditEvent.findMany({
      where: { entityType: "KpiMeasurement", entityId: rows[0]!.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["kpi.measurement_recorded", "kpi.measurement_corrected"]);
    expect(events[1]).toMatchObject({
      before: { value: "82.50", note: "After the onboarding fix" },
      after: { value: "85.00" },
    });
  });

  it("rejects out-of-range readings with a field error and changes nothing", async () => {
    const kpi = await newKpi({ accountId: a.account.id });
    const valid = { kpiId: kpi.id, value: "10", periodStart: "2026-10-01" };
    await expectRejected(recordMeasurement(a.agency.slug, { ...valid, value: "" }), "value");
    await expectRejected(recordMeasurement(a.agency.slug, { ...valid, value: "9999999999999" }), "value");
    await expectRejected(recordMeasurement(a.agency.slug, { ...valid, periodStart: "2099-01-01" }), "periodStart");
    await expectRejected(recordMeasurement(a.agency.slug, { ...valid, periodStart: "1999-12-01" }), "periodStart");
    await expectRejected(recordMeasurement(a.agency.slug, { ...valid, periodStart: "2026-02-30" }), "periodStart");
    await expectRejected(recordMeasurement(a.agency.slug, { ...valid, note: "n".repeat(1001) }), "note");
  });

  it("deletes a wrong reading, audited with what it was", async () => {
    const kpi = await newKpi({ accountId: a.account.id });
    const reading = await newMeasurement(kpi.id);
    expect(await deleteMeasurement(a.agency.slug, { measurementId: reading.id })).toMatchObject({ ok: true });
    expect(await db.admin.kpiMeasurement.count({ where: { id: reading.id } })).toBe(0);
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "kpi.measurement_deleted", entityId: reading.id },
    });
    expect(event.before).toMatchObject({ kpiId: kpi.id, value: "80.00" });
  });
});

describe("who may change which KPI", () => {
  it("an AM cannot touch the KPIs of another AM's account", async () => {
    const kpi = await newKpi({ accountId: otherAccountId });
    const reading = await newMeasurement(kpi.id);
    const slug = a.agency.slug;
    await expectRefused(() => createKpi(slug, { accountId: otherAccountId, ...definition }), "forbidden");
    await expectRefused(() => editKpi(slug, { kpiId: kpi.id, ...definition }), "forbidden");
    await expectRefused(() => archiveKpi(slug, { kpiId: kpi.id }), "forbidden");
    await expectRefused(
      () => recordMeasurement(slug, { kpiId: kpi.id, value: "1", periodStart: "2026-11-01" }),
      "forbidden",
    );
    await expectRefused(() => deleteMeasurement(slug, { measurementId: reading.id }), "forbidden");
  });

  it("member KPIs: leaders define them; the member records readings but cannot redefine them; others cannot", async () => {
    const slug = a.agency.slug;
    const mine = await newKpi({ membershipId: a.memberships.am.id });
    const theirs = await newKpi({ membershipId: otherAm.membership.id });
    await expectRefused(() => createKpi(slug, { membershipId: a.memberships.am.id, ...definition }), "forbidden");
    await expectRefused(() => editKpi(slug, { kpiId: mine.id, ...definition }), "forbidden");
    await expectRefused(() => archiveKpi(slug, { kpiId: mine.id }), "forbidden");
    expect(await recordMeasurement(slug, { kpiId: mine.id, value: "3", periodStart: "2026-11-01" })).toMatchObject({
      ok: true,
    });
    await expectRefused(
      () => recordMeasurement(slug, { kpiId: theirs.id, value: "3", periodStart: "2026-11-01" }),
      "forbidden",
    );
  });

  it("PMs and viewers change no KPI", async () => {
    const kpi = await newKpi({ accountId: a.account.id });
    for (const person of [a.users.pm, a.users.viewer]) {
      as(person);
      await expectRefused(() => createKpi(a.agency.slug, { accountId: a.account.id, ...definition }), "forbidden");
      await expectRefused(
        () => recordMeasurement(a.agency.slug, { kpiId: kpi.id, value: "1", periodStart: "2026-11-01" }),
        "forbidden",
      );
    }
  });
});

describe("another agency's KPIs", () => {
  it("are refused through every action, with A's slug or B's, and B is unchanged", async () => {
    const kpi = await newKpi({ accountId: b.account.id }, b.agency.id);
    const reading = await newMeasurement(kpi.id, b.agency.id);
    const probes: Record<keyof typeof actions, unknown> = {
      createKpi: { accountId: b.account.id, ...definition },
      editKpi: { kpiId: kpi.id, ...definition },
      archiveKpi: { kpiId: kpi.id },
      recordMeasurement: { kpiId: kpi.id, value: "1", periodStart: "2026-11-01" },
      deleteMeasurement: { measurementId: reading.id },
    };
    const memberKpi = { membershipId: b.memberships.am.id, ...definition };
    as(a.users.leader);
    await expectProbesNotFound(db.admin, actions, probes, { a: a.agency.slug, b: b.agency.slug }, expectRefused);
    await expectRefused(() => createKpi(a.agency.slug, memberKpi), "not_found");
  });
});
