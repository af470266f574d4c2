import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { commercialState } from "../support/commercial-state";
import { addAccount } from "../factories/accounts";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { setRetainerScope, recordHours, logScopeRequest, linkValueChange, markContactLeft } =
  await import("../../lib/actions/commercial");
const { editAccount } = await import("../../lib/actions/accounts");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const audits = (action: string, entityId?: string) =>
  db.admin.auditEvent.count({ where: { action, ...(entityId ? { entityId } : {}) } });

/** A 40-hour, 4,000 retainer scope on Alpha's account. */
const scopeInput = (patch = {}) => ({ accountId: a.account.id, monthlyHours: "40", monthlyFee: "4000", ...patch });

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("retainer scope", () => {
  it("a leader sets the scope, audited; the AM edits their own account's", async () => {
    const result = await setRetainerScope(a.agency.slug, scopeInput({ blendedRate: "" }));
    expect(result).toMatchObject({ ok: true });
    const scope = await db.admin.retainerScope.findFirstOrThrow({ where: { accountId: a.account.id } });
    const stored = [scope.monthlyHours.toFixed(2), scope.monthlyFee.toFixed(2), scope.blendedRate];
    expect(stored).toEqual(["40.00", "4000.00", null]);
    expect(await audits("retainer.scopeSet", a.account.id)).toBe(1);
    signInAsMember(a, "am");
    const own = await setRetainerScope(a.agency.slug, scopeInput({ monthlyHours: "45.5", blendedRate: "120" }));
    expect(own).toMatchObject({ ok: true });
  });

  it.each([
    ["zero hours", { monthlyHours: "0" }, "monthlyHours"],
    ["negative fee", { monthlyFee: "-1" }, "monthlyFee"],
    ["text rate", { blendedRate: "lots" }, "blendedRate"],
  ])("refuses %s with a field error and changes nothing", async (_, patch, field) => {
    const before = await commercialState(db.admin);
    const result = await setRetainerScope(a.agency.slug, scopeInput(patch));
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(result.ok ? {} : result.fieldErrors).toHaveProperty(field);
    expect(await commercialState(db.admin)).toEqual(before);
  });

  it("refuses a project account, a PM and a viewer, and another agency's account", async () => {
    const project = await addAccount(db.admin, a, { name: "Website build", kind: "PROJECT" });
    const before = await commercialState(db.admin);
    const input = { accountId: project.id, monthlyHours: "10", monthlyFee: "100" };
    expect(await setRetainerScope(a.agency.slug, input)).toMatchObject({
      ok: false,
      fieldErrors: { accountId: expect.any(Array) },
    });
    signInAsMember(a, "pm");
    expect(await setRetainerScope(a.agency.slug, { ...input, accountId: a.account.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAsMember(a, "viewer");
    expect(await setRetainerScope(a.agency.slug, { ...input, accountId: a.account.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAsMember(a, "leader");
    expect(await setRetainerScope(a.agency.slug, { ...input, accountId: b.account.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await setRetainerScope(b.agency.slug, { ...input, accountId: b.account.id })).toMatchObject({ ok: false });
    expect(await commercialState(db.admin)).toEqual(before);
  });
});

describe("hours by hand", () => {
  it("records a month's hours, replaces them on the next save and removes them at 0, audited", async () => {
    const input = { accountId: a.account.id, month: "2026-11", hours: "38.5" };
    expect(await recordHours(a.agency.slug, input)).toMatchObject({ ok: true });
    expect(await recordHours(a.agency.slug, { ...input, hours: "41" })).toMatchObject({ ok: true });
    const rows = await db.admin.timesheetEntry.findMany({ where: { accountId: a.account.id, source: "MANUAL" } });
    expect(rows.map((r) => [r.workDate.toISOString().slice(0, 10), r.hours.toFixed(2)])).toEqual([
      ["2026-11-01", "41.00"],
    ]);
    expect(await recordHours(a.agency.slug, { ...input, hours: "0" })).toMatchObject({ ok: true });
    expect(await db.admin.timesheetEntry.count({ where: { accountId: a.account.id, source: "MANUAL" } })).toBe(0);
    expect(await audits("retainer.hoursRecorded", a.account.id)).toBe(3);
  });

  it("refuses a bad month or negative hours, and another agency's account", async () => {
    const before = await commercialState(db.admin);
    expect(await recordHours(a.agency.slug, { accountId: a.account.id, month: "2026-13", hours: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { month: expect.any(Array) },
    });
    expect(await recordHours(a.agency.slug, { accountId: a.account.id, month: "2026-11", hours: "-3" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: expect.any(Array) },
    });
    expect(await recordHours(a.agency.slug, { accountId: b.account.id, month: "2026-11", hours: "3" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await commercialState(db.admin)).toEqual(before);
  });
});

describe("scope requests", () => {
  it("logs a request with the contact who asked, audited; another client's contact is refused", async () => {
    const contact = await db.admin.contact.create({
      data: { agencyId: a.agency.id, clientId: a.client.id, name: "Ann Asker" },
    });
    const input = {
      accountId: a.account.id,
      askedOn: "2026-11-20",
      contactId: contact.id,
      summary: "Extra landing page",
      estimateHours: "6",
      decision: "ABSORBED",
    };
    const result = await logScopeRequest(a.agency.slug, input);
    expect(result).toMatchObject({ ok: true });
    expect(await audits("scopeRequest.logged", result.ok ? result.data.scopeRequestId : "")).toBe(1);

    const other = await db.admin.contact.create({
      data: { agencyId: b.agency.id, clientId: b.client.id, name: "Bea" },
    });
    const before = await commercialState(db.admin);
    expect(await logScopeRequest(a.agency.slug, { ...input, contactId: other.id })).toMatchObject({
      ok: false,
      fieldErrors: { contactId: expect.any(Array) },
    });
    expect(await logScopeRequest(a.agency.slug, { ...input, decision: "MAYBE" })).toMatchObject({
      ok: false,
      fieldErrors: { decision: expect.any(Array) },
    });
    expect(await logScopeRequest(a.agency.slug, { ...input, askedOn: "2999-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { askedOn: expect.any(Array) },
    });
    expect(await commercialState(db.admin)).toEqual(before);
  });
});

describe("account value history", () => {
  it("every value edit is dated by the trigger, with the actor; a won opportunity links to the change it produced", async () => {
    const account = await db.admin.account.findUniqueOrThrow({ where: { id: a.account.id } });
    const edit = await editAccount(a.agency.slug, {
      accountId: account.id,
      expectedVersion: account.version,
      clientId: account.clientId,
      name: account.name,
      kind: account.kind,
      monthlyValue: "5200",
      complexity: account.complexity,
      status: account.status,
      startDate: "2026-01-01",
      renewalDate: "",
    });
    expect(edit).toMatchObject({ ok: true });
    const change = await db.admin.accountValueChange.findFirstOrThrow({
      where: { accountId: account.id, kind: "CHANGED" },
      orderBy: { changedAt: "desc" },
    });
    expect([change.fromValue.toFixed(2), change.toValue.toFixed(2), change.actorId]).toEqual([
      "4500.00",
      "5200.00",
      a.users.leader.id,
    ]);

    const plan = await db.admin.growthPlan.create({
      data: {
        agencyId: a.agency.id,
        accountId: account.id,
        objective: "Grow",
        periodStart: new Date("2026-01-01"),
        periodEnd: new Date("2026-12-31"),
      },
    });
    const won = await db.admin.opportunity.create({
      data: {
        agencyId: a.agency.id,
        growthPlanId: plan.id,
        serviceLine: "SEO",
        stage: "WON",
        estimatedMonthlyValue: "700",
      },
    });
    const idea = await db.admin.opportunity.create({
      data: { agencyId: a.agency.id, growthPlanId: plan.id, serviceLine: "PPC", stage: "IDEA" },
    });
    const before = await commercialState(db.admin);
    expect(await linkValueChange(a.agency.slug, { valueChangeId: change.id, opportunityId: idea.id })).toMatchObject({
      ok: false,
      fieldErrors: { opportunityId: expect.any(Array) },
    });
    signInAsMember(b, "leader");
    expect(await linkValueChange(b.agency.slug, { valueChangeId: change.id, opportunityId: won.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await commercialState(db.admin)).toEqual(before);
    signInAsMember(a, "leader");
    expect(await linkValueChange(a.agency.slug, { valueChangeId: change.id, opportunityId: won.id })).toMatchObject({
      ok: true,
    });
    expect((await db.admin.accountValueChange.findUniqueOrThrow({ where: { id: change.id } })).opportunityId).toBe(
      won.id,
    );
    expect(await audits("valueChange.linked", change.id)).toBe(1);
  });

  it("the app role cannot write value history itself", async () => {
    const { withTenant } = await import("../../lib/db/tenant");
    await expect(
      withTenant(
        a.agency.id,
        a.users.leader.id,
        (tx) => tx.$executeRaw`UPDATE "AccountValueChange" SET "toValue" = 1 WHERE "agencyId" = ${a.agency.id}::uuid`,
      ),
    ).rejects.toThrow();
  });
});

describe("a contact who moves on", () => {
  it("deactivates them, opens a lead for the AM, and says at once that losing the primary is critical", async () => {
    const primary = await db.admin.contact.create({
      data: { agencyId: a.agency.id, clientId: a.client.id, name: "Priya Primary", isPrimary: true },
    });
    signInAsMember(a, "am");
    const result = await markContactLeft(a.agency.slug, {
      contactId: primary.id,
      leftOn: new Date().toISOString().slice(0, 10),
      newCompany: "Northstar Foods",
      newRole: "CMO",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { needsNewPrimary: true, relationshipRisk: { severity: "critical" } },
    });
    expect(await db.admin.contact.findUniqueOrThrow({ where: { id: primary.id } })).toMatchObject({
      active: false,
      isPrimary: false,
    });
    const lead = await db.admin.newBusinessLead.findFirstOrThrow({ where: { sourceContactId: primary.id } });
    expect(lead).toMatchObject({
      companyName: "Northstar Foods",
      contactRole: "CMO",
      ownerId: a.memberships.am.id,
      stage: "IDEA",
    });
    expect(await audits("contact.left", primary.id)).toBe(1);

    const before = await commercialState(db.admin);
    expect(
      await markContactLeft(a.agency.slug, {
        contactId: primary.id,
        leftOn: "2026-01-01",
        newCompany: "",
        newRole: "",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { leftOn: expect.any(Array) } });
    expect(await commercialState(db.admin)).toEqual(before);
  });

  it("refuses a future date, a viewer and another agency's contact, changing nothing", async () => {
    const contact = await db.admin.contact.create({
      data: { agencyId: a.agency.id, clientId: a.client.id, name: "Sam Stay" },
    });
    const before = await commercialState(db.admin);
    const input = { contactId: contact.id, leftOn: "2999-01-01", newCompany: "", newRole: "" };
    expect(await markContactLeft(a.agency.slug, input)).toMatchObject({
      ok: false,
      fieldErrors: { leftOn: expect.any(Array) },
    });
    signInAsMember(a, "viewer");
    expect(await markContactLeft(a.agency.slug, { ...input, leftOn: "2026-01-01" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAsMember(b, "leader");
    expect(await markContactLeft(b.agency.slug, { ...input, leftOn: "2026-01-01" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await commercialState(db.admin)).toEqual(before);
  });
});
