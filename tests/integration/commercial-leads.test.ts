import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { commercialState } from "../support/commercial-state";
import { signInAs } from "../support/session";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { linkValueChange, markContactLeft, moveLead } = await import("../../lib/actions/commercial");
const { readGrowthPlans } = await import("../../lib/domain/growth/queries");
const { readGrowthPipeline } = await import("../../lib/domain/portfolio/queries");
const { withTenant } = await import("../../lib/db/tenant");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let leadId = "";

const pipeline = (f: AgencyFixture) =>
  withTenant(f.agency.id, f.users.leader.id, (tx) => readGrowthPipeline(tx, f.agency.id));

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  const contact = await db.admin.contact.create({
    data: { agencyId: a.agency.id, clientId: a.client.id, name: "Dana Reyes", isPrimary: true },
  });
  signInAsMember(a, "am");
  const left = await markContactLeft(a.agency.slug, {
    contactId: contact.id,
    leftOn: "2026-11-02",
    newCompany: "Northstar Foods",
    newRole: "CMO",
  });
  if (!left.ok || !left.data.leadId) throw new Error("no lead");
  leadId = left.data.leadId;
});

describe("a contact-left lead in the growth pipeline", () => {
  it("its AM moves it through the stages like an opportunity, audited, and the pipeline follows", async () => {
    expect(await pipeline(a)).toContainEqual({ stage: "IDEA", count: 1, monthlyValue: 0 });
    signInAsMember(a, "am");
    expect(await moveLead(a.agency.slug, { leadId, stage: "QUALIFIED" })).toMatchObject({
      ok: true,
      data: { leadId, stage: "QUALIFIED" },
    });
    expect(await pipeline(a)).toEqual([{ stage: "QUALIFIED", count: 1, monthlyValue: 0 }]);
    const audit = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "lead.stage_changed", entityId: leadId },
    });
    expect(audit).toMatchObject({ before: { stage: "IDEA" }, after: { stage: "QUALIFIED" } });
    signInAsMember(a, "leader");
    expect(await moveLead(a.agency.slug, { leadId, stage: "WON" })).toMatchObject({ ok: true });
    expect((await db.admin.newBusinessLead.findUniqueOrThrow({ where: { id: leadId } })).stage).toBe("WON");
  });

  it("refuses a bad stage, another AM, a viewer and another agency, changing nothing", async () => {
    const before = await commercialState(db.admin);
    signInAsMember(a, "am");
    expect(await moveLead(a.agency.slug, { leadId, stage: "SIGNED" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { stage: ["Choose a stage."] },
    });
    const other = await addMember(db.admin, a.agency.id, ["AM"], { label: "other-am" });
    signInAs(other.user);
    expect(await moveLead(a.agency.slug, { leadId, stage: "LOST" })).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(a, "viewer");
    expect(await moveLead(a.agency.slug, { leadId, stage: "LOST" })).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(b, "leader");
    expect(await moveLead(b.agency.slug, { leadId, stage: "LOST" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await moveLead(a.agency.slug, { leadId, stage: "LOST" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await commercialState(db.admin)).toEqual(before);
  });
});

describe("won opportunities and the value changes they produced", () => {
  it("a growth plan's won opportunity lists the value change linked to it", async () => {
    const plan = await db.admin.growthPlan.create({
      data: {
        agencyId: a.agency.id,
        accountId: a.account.id,
        objective: "Grow",
        periodStart: new Date("2026-01-01"),
        periodEnd: new Date("2026-12-31"),
      },
    });
    const won = await db.admin.opportunity.create({
      data: { agencyId: a.agency.id, growthPlanId: plan.id, serviceLine: "SEO", stage: "WON" },
    });
    const idea = await db.admin.opportunity.create({
      data: { agencyId: a.agency.id, growthPlanId: plan.id, serviceLine: "PPC", stage: "IDEA" },
    });
    await db.admin.account.update({ where: { id: a.account.id }, data: { monthlyValue: "5200.00" } });
    const change = await db.admin.accountValueChange.findFirstOrThrow({
      where: { accountId: a.account.id, kind: "CHANGED" },
    });
    signInAsMember(a, "am");
    expect(await linkValueChange(a.agency.slug, { valueChangeId: change.id, opportunityId: won.id })).toMatchObject({
      ok: true,
    });
    const plans = await withTenant(a.agency.id, a.users.am.id, (tx) => readGrowthPlans(tx, a.agency.id, a.account.id));
    const cards = plans.find((p) => p.id === plan.id)!.opportunities;
    expect(cards.find((o) => o.id === won.id)!.produced).toEqual([
      { changedOn: change.changedAt.toISOString().slice(0, 10), change: 700 },
    ]);
    expect(cards.find((o) => o.id === idea.id)!.produced).toEqual([]);
  });
});
