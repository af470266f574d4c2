import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { denialsIn, expectInvalidUnchanged, expectRefusedUnchanged, withChangeEvents } from "../support/refusals";
import { expectProbesNotFound, kpisAndGrowth } from "../support/growth-state";
import { acceptedData, expectEachRejected } from "../support/form-input";
import { signInAs } from "../support/session";
import { addAmWithAccount, addMember } from "../factories/members";
import { loadPortfolioData } from "../../lib/domain/portfolio/load-portfolio";
import { detectSignals } from "../../lib/domain/portfolio/signals";
import { addAccount } from "../factories/accounts";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const actions = await import("../../lib/actions/growth");
const { changePlanStatus, createGrowthAction, createOpportunity, createPlan, editGrowthAction, editOpportunity } =
  actions;
const { editPlan, moveOpportunity, setGrowthActionDone } = actions;

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let otherAccountId: string;

type Person = { id: string; email: string; name: string };
const as = (user: Person) => signInAs(user);
const planInput = (accountId: string) => ({
  accountId,
  objective: "Add paid social to the retainer",
  periodStart: "2026-10-01",
  periodEnd: "2027-03-31",
  targetRevenue: "30000",
});

async function newPlan(accountId = a.account.id, agencyId = a.agency.id) {
  const plan = await db.admin.growthPlan.create({
    data: {
      agencyId,
      accountId,
      objective: "Grow",
      periodStart: new Date("2026-10-01"),
      periodEnd: new Date("2027-03-31"),
    },
    select: { id: true },
  });
  const opportunity = await db.admin.opportunity.create({
    data: { agencyId, growthPlanId: plan.id, serviceLine: "SEO", estimatedMonthlyValue: "1500" },
    select: { id: true },
  });
  const owner = agencyId === a.agency.id ? a.memberships.am.id : b.memberships.am.id;
  const action = await db.admin.growthAction.create({
    data: { agencyId, growthPlanId: plan.id, ownerId: owner, title: "Send the proposal" },
    select: { id: true },
  });
  return { planId: plan.id, opportunityId: opportunity.id, actionId: action.id };
}

const expectRejected = (result: Promise<unknown>, field: string) =>
  expectInvalidUnchanged(withChangeEvents(db.admin, a.agency.id, kpisAndGrowth), result, field);
const expectRefused = (call: () => Promise<unknown>, code: "forbidden" | "not_found") =>
  expectRefusedUnchanged(() => kpisAndGrowth(db.admin), call, code, denialsIn(db.admin, a.agency.id));
const audited = (action: string, entityId: string) =>
  db.admin.auditEvent.findFirstOrThrow({ where: { action, entityId } });

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  otherAccountId = (await addAmWithAccount(db.admin, a)).accountId;
});
beforeEach(() => as(a.users.am));

describe("growth plans", () => {
  it("an AM creates a plan on their account (a draft by default), edits it and changes its status, audited", async () => {
    const { planId } = acceptedData(await createPlan(a.agency.slug, planInput(a.account.id)));
    expect(await db.admin.growthPlan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({
      agencyId: a.agency.id,
      accountId: a.account.id,
      status: "DRAFT",
      periodEnd: new Date("2027-03-31"),
    });
    expect((await audited("growthPlan.created", planId)).after).toMatchObject({ targetRevenue: "30000.00" });

    const edit = { planId, ...planInput(a.account.id), objective: "Paid social and SEO", targetRevenue: "42000.5" };
    expect(await editPlan(a.agency.slug, edit)).toMatchObject({ ok: true });
    expect((await audited("growthPlan.edited", planId)).before).toMatchObject({ objective: planInput("").objective });

    expect(await changePlanStatus(a.agency.slug, { planId, status: "ACTIVE" })).toMatchObject({ ok: true });
    expect(await audited("growthPlan.status_changed", planId)).toMatchObject({
      before: { status: "DRAFT" },
      after: { status: "ACTIVE" },
    });
    const plan = await db.admin.growthPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ objective: "Paid social and SEO", status: "ACTIVE" });
    expect(plan.targetRevenue.toFixed(2)).toBe("42000.50");
  });

  it("rejects each kind of invalid plan with a field error and changes nothing", async () => {
    const valid = planInput(a.account.id);
    const { planId } = await newPlan();
    await expectEachRejected(expectRejected, (input) => createPlan(a.agency.slug, input), valid, {
      objective: ["", "o".repeat(501)],
      targetRevenue: ["-1", "10000000000"],
      periodEnd: ["2026-09-30", "2099-12-31"],
      periodStart: ["1990-01-01"],
      status: ["WON"],
    });
    await expectRejected(editPlan(a.agency.slug, { planId, ...valid, periodStart: "not a date" }), "periodStart");
    await expectRejected(changePlanStatus(a.agency.slug, { planId, status: "PAUSED" }), "status");
  });

  it("activating a plan on a Tier 1 account clears its 'No growth plan' signal; finishing it brings it back", async () => {
    const tier1 = await addAccount(db.admin, a, { name: "Signal test" });
    const flagged = async () => {
      const { snapshot, rules } = await loadPortfolioData(a.agency.id, a.users.leader.id, new Date());
      return detectSignals(snapshot, new Date(), rules).some(
        (s) => s.type === "NO_GROWTH_PLAN" && s.subject.kind === "account" && s.subject.id === tier1.id,
      );
    };
    expect(await flagged()).toBe(true);
    const draft = await createPlan(a.agency.slug, planInput(tier1.id));
    expect(await flagged()).toBe(true);
    const planId = draft.ok ? draft.data.planId : "";
    await changePlanStatus(a.agency.slug, { planId, status: "ACTIVE" });
    expect(await flagged()).toBe(false);
    await changePlanStatus(a.agency.slug, { planId, status: "ACHIEVED" });
    expect(await flagged()).toBe(true);
    expect(await createPlan(a.agency.slug, { ...planInput(tier1.id), status: "ACTIVE" })).toMatchObject({ ok: true });
    expect(await flagged()).toBe(false);
  });
});

describe("opportunities", () => {
  it("are created, edited and moved between stages, audited", async () => {
    const { planId } = await newPlan();
    const opportunity = {
      planId,
      serviceLine: "Paid social",
      estimatedMonthlyValue: "2500",
      expectedClose: "2027-01-15",
    };
    const { opportunityId: id } = acceptedData(await createOpportunity(a.agency.slug, opportunity));
    expect(await db.admin.opportunity.findUniqueOrThrow({ where: { id } })).toMatchObject({ stage: "IDEA" });
    await audited("opportunity.created", id);
    const edit = {
      opportunityId: id,
      serviceLine: "Paid social ads",
      estimatedMonthlyValue: "3000",
      expectedClose: "",
    };
    expect(await editOpportunity(a.agency.slug, edit)).toMatchObject({ ok: true });
    expect(await moveOpportunity(a.agency.slug, { opportunityId: id, stage: "WON" })).toMatchObject({
      ok: true,
      data: { stage: "WON" },
    });
    expect(await db.admin.opportunity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      serviceLine: "Paid social ads",
      stage: "WON",
      expectedClose: null,
    });
    expect(await audited("opportunity.stage_changed", id)).toMatchObject({
      before: { stage: "IDEA" },
      after: { stage: "WON" },
    });
  });

  it("rejects invalid opportunities with a field error and changes nothing", async () => {
    const { planId, opportunityId } = await newPlan();
    const valid = { planId, serviceLine: "SEO", estimatedMonthlyValue: "100" };
    await expectEachRejected(expectRejected, (input) => createOpportunity(a.agency.slug, input), valid, {
      serviceLine: ["s".repeat(121)],
      estimatedMonthlyValue: ["-5"],
      expectedClose: ["2099-01-01"],
      stage: ["MAYBE"],
    });
    await expectRejected(moveOpportunity(a.agency.slug, { opportunityId, stage: "DONE" }), "stage");
    await expectRejected(
      editOpportunity(a.agency.slug, { opportunityId, serviceLine: "", estimatedMonthlyValue: "1" }),
      "serviceLine",
    );
  });
});

describe("actions", () => {
  it("are created for an active member, edited and ticked off (doneAt set and cleared), audited", async () => {
    const { planId } = await newPlan();
    const action = { planId, title: "Book the QBR", ownerId: a.memberships.leader.id, dueDate: "2026-12-20" };
    const { actionId } = acceptedData(await createGrowthAction(a.agency.slug, action));
    await audited("growthAction.created", actionId);
    const edit = { actionId, title: "Book the QBR with the CMO", ownerId: a.memberships.am.id, dueDate: "" };
    expect(await editGrowthAction(a.agency.slug, edit)).toMatchObject({ ok: true });
    expect(await setGrowthActionDone(a.agency.slug, { actionId, done: true })).toMatchObject({ ok: true });
    const done = await db.admin.growthAction.findUniqueOrThrow({ where: { id: actionId } });
    expect(done).toMatchObject({
      title: "Book the QBR with the CMO",
      ownerId: a.memberships.am.id,
      dueDate: null,
      done: true,
    });
    expect(done.doneAt).toBeInstanceOf(Date);
    expect(await setGrowthActionDone(a.agency.slug, { actionId, done: false })).toMatchObject({ ok: true });
    expect(await db.admin.growthAction.findUniqueOrThrow({ where: { id: actionId } })).toMatchObject({
      done: false,
      doneAt: null,
    });
    expect(
      await db.admin.auditEvent.count({ where: { action: "growthAction.done_changed", entityId: actionId } }),
    ).toBe(2);
  });

  it("rejects invalid actions, an inactive owner and another agency's member as owner; nothing changes", async () => {
    const { planId, actionId } = await newPlan();
    const inactive = await addMember(db.admin, a.agency.id, ["AM"], { active: false });
    const valid = { planId, title: "Call", ownerId: a.memberships.am.id };
    await expectRejected(createGrowthAction(a.agency.slug, { ...valid, title: "t".repeat(201) }), "title");
    await expectRejected(createGrowthAction(a.agency.slug, { ...valid, dueDate: "2099-01-01" }), "dueDate");
    await expectRejected(createGrowthAction(a.agency.slug, { ...valid, ownerId: "nobody" }), "ownerId");
    await expectRejected(createGrowthAction(a.agency.slug, { ...valid, ownerId: inactive.membership.id }), "ownerId");
    await expectRejected(createGrowthAction(a.agency.slug, { ...valid, ownerId: b.memberships.am.id }), "ownerId");
    await expectRejected(
      editGrowthAction(a.agency.slug, { actionId, title: "Call", ownerId: inactive.membership.id }),
      "ownerId",
    );
    await expectRejected(setGrowthActionDone(a.agency.slug, { actionId, done: "yes" }), "done");
  });
});

describe("who may change which plan", () => {
  it("an AM cannot change plans, opportunities or actions on another AM's account; PMs and viewers none", async () => {
    const { planId, opportunityId, actionId } = await newPlan(otherAccountId);
    const owner = a.memberships.am.id;
    const calls = [
      () => createPlan(a.agency.slug, planInput(otherAccountId)),
      () => editPlan(a.agency.slug, { planId, ...planInput(otherAccountId) }),
      () => changePlanStatus(a.agency.slug, { planId, status: "ACTIVE" }),
      () => createOpportunity(a.agency.slug, { planId, serviceLine: "SEO", estimatedMonthlyValue: "1" }),
      () => editOpportunity(a.agency.slug, { opportunityId, serviceLine: "SEO", estimatedMonthlyValue: "1" }),
      () => moveOpportunity(a.agency.slug, { opportunityId, stage: "WON" }),
      () => createGrowthAction(a.agency.slug, { planId, title: "Call", ownerId: owner }),
      () => editGrowthAction(a.agency.slug, { actionId, title: "Call", ownerId: owner }),
      () => setGrowthActionDone(a.agency.slug, { actionId, done: true }),
    ];
    for (const call of calls) await expectRefused(call, "forbidden");
    const mine = await newPlan();
    for (const person of [a.users.pm, a.users.viewer]) {
      as(person);
      await expectRefused(
        () => changePlanStatus(a.agency.slug, { planId: mine.planId, status: "ACTIVE" }),
        "forbidden",
      );
      await expectRefused(
        () => moveOpportunity(a.agency.slug, { opportunityId: mine.opportunityId, stage: "WON" }),
        "forbidden",
      );
    }
    as(a.users.leader);
    expect(await moveOpportunity(a.agency.slug, { opportunityId, stage: "WON" })).toMatchObject({ ok: true });
  });
});

describe("another agency's plans", () => {
  it("are refused through every action, with A's slug or B's, and B is unchanged", async () => {
    const ids = await newPlan(b.account.id, b.agency.id);
    const owner = b.memberships.am.id;
    const probes: Record<keyof typeof actions, unknown> = {
      createPlan: planInput(b.account.id),
      editPlan: { planId: ids.planId, ...planInput(b.account.id) },
      changePlanStatus: { planId: ids.planId, status: "ACTIVE" },
      createOpportunity: { planId: ids.planId, serviceLine: "SEO", estimatedMonthlyValue: "1" },
      editOpportunity: { opportunityId: ids.opportunityId, serviceLine: "SEO", estimatedMonthlyValue: "1" },
      moveOpportunity: { opportunityId: ids.opportunityId, stage: "WON" },
      createGrowthAction: { planId: ids.planId, title: "Call", ownerId: owner },
      editGrowthAction: { actionId: ids.actionId, title: "Call", ownerId: owner },
      setGrowthActionDone: { actionId: ids.actionId, done: true },
    };
    as(a.users.leader);
    await expectProbesNotFound(db.admin, actions, probes, { a: a.agency.slug, b: b.agency.slug }, expectRefused);
  });
});
