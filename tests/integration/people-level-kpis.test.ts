import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { changeEvents, peopleState } from "../support/people-state";
import { signInAs } from "../support/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const people = await import("../../lib/actions/people");

/** A level's KPIs link to the agency's KPI definitions (issue 15, scope 1): only defined, live KPIs can be linked. */
let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let levelId: string;

const linksOf = async (id: string) =>
  (await db.admin.careerLevelKpi.findMany({ where: { levelId: id }, orderBy: { kpiName: "asc" } })).map(
    (l) => l.kpiName,
  );
const snapshot = async () => ({
  state: await peopleState(db.admin),
  events: await changeEvents(db.admin, a.agency.id),
});

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  const kpi = (agencyId: string, name: string, owner: { membershipId?: string; accountId?: string }) =>
    db.admin.kpi.create({ data: { agencyId, name, unit: "%", target: "90", ...owner } });
  await kpi(a.agency.id, "Retention", { membershipId: a.memberships.am.id });
  await kpi(a.agency.id, "Retention", { accountId: a.account.id });
  await kpi(a.agency.id, "Upsell revenue", { membershipId: a.memberships.am.id });
  const archived = await kpi(a.agency.id, "Old NPS", { membershipId: a.memberships.am.id });
  await db.admin.kpi.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  await kpi(b.agency.id, "Beta only", { membershipId: b.memberships.am.id });
  levelId = (await db.admin.careerLevel.findFirstOrThrow({ where: { agencyId: a.agency.id, rank: 2 } })).id;
});

describe("people.setLevelKpis", () => {
  it("a new agency's default ladder links no KPIs (it defines none yet)", async () => {
    expect(await db.admin.careerLevelKpi.count({ where: { agencyId: a.agency.id } })).toBe(0);
  });

  it("a leader links defined KPIs (in the definition's spelling), replaces the set, and it is audited", async () => {
    signInAsMember(a, "leader");
    const first = await people.setLevelKpis(a.agency.slug, { levelId, kpiNames: ["retention", "Upsell revenue"] });
    expect(first).toMatchObject({ ok: true, data: { kpiNames: ["Retention", "Upsell revenue"] } });
    expect(await linksOf(levelId)).toEqual(["Retention", "Upsell revenue"]);
    const second = await people.setLevelKpis(a.agency.slug, { levelId, kpiNames: ["Upsell revenue"] });
    expect(second).toMatchObject({ ok: true });
    expect(await linksOf(levelId)).toEqual(["Upsell revenue"]);
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "people.level_kpis_set", entityId: levelId },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      before: { kpiNames: ["Retention", "Upsell revenue"] },
      after: { kpiNames: ["Upsell revenue"] },
    });
  });

  it("refuses KPIs the agency does not define (archived or another agency's) with a field error, nothing changed", async () => {
    signInAsMember(a, "leader");
    for (const kpiNames of [["Retention", "Made up"], ["Old NPS"], ["Beta only"], [""], Array(11).fill("Retention")]) {
      const before = await snapshot();
      const result = await people.setLevelKpis(a.agency.slug, { levelId, kpiNames });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { kpiNames: expect.any(Array) } });
      expect(await snapshot()).toEqual(before);
    }
  });

  it("is forbidden to an AM, a PM and a viewer", async () => {
    for (const user of [a.users.am, a.users.pm, a.users.viewer]) {
      signInAs(user);
      const before = await peopleState(db.admin);
      const result = await people.setLevelKpis(a.agency.slug, { levelId, kpiNames: ["Retention"] });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await peopleState(db.admin)).toEqual(before);
    }
  });

  it("cannot reach another agency's level", async () => {
    signInAsMember(b, "leader");
    const before = await peopleState(db.admin);
    const own = await people.setLevelKpis(b.agency.slug, { levelId, kpiNames: ["Beta only"] });
    expect(own).toMatchObject({ ok: false, code: "not_found" });
    const foreignSlug = await people.setLevelKpis(a.agency.slug, { levelId, kpiNames: ["Retention"] });
    expect(foreignSlug).toMatchObject({ ok: false });
    expect(await peopleState(db.admin)).toEqual(before);
  });
});
