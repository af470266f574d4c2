import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { crmState } from "../support/crm-state";
import { auditTrail } from "../support/db-state";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { archiveAccount, createAccount, editAccount, reassignAccount } = await import("../../lib/actions/accounts");
const { archiveClient } = await import("../../lib/actions/clients");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const fields = {
  name: "Paid social",
  kind: "RETAINER",
  monthlyValue: "3200.5",
  complexity: "HIGH",
  status: "ACTIVE",
  startDate: "2026-02-01",
  renewalDate: "2027-01-31",
};
const createInput = (f: AgencyFixture, patch: Record<string, unknown> = {}) => ({
  clientId: f.client.id,
  amId: f.memberships.am.id,
  ...fields,
  ...patch,
});

async function newAccount(f: AgencyFixture, name: string, amId = f.memberships.am.id) {
  return db.admin.account.create({
    data: { agencyId: f.agency.id, clientId: f.client.id, amId, name, startDate: new Date("2026-01-01") },
  });
}
const editInput = (account: { id: string; name: string }, version: number, patch: Record<string, unknown> = {}) => ({
  accountId: account.id,
  expectedVersion: version,
  ...fields,
  name: account.name,
  ...patch,
});

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("creating an account", () => {
  it("a leader creates one for an AM at version 1; money is exact; audited", async () => {
    const result = await createAccount(a.agency.slug, createInput(a));
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const accountId = result.ok ? result.data.accountId : "";
    const account = await db.admin.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(account).toMatchObject({ agencyId: a.agency.id, amId: a.memberships.am.id, complexity: "HIGH" });
    expect(account.monthlyValue.toFixed(2)).toBe("3200.50");
    expect(account.renewalDate?.toISOString().slice(0, 10)).toBe("2027-01-31");
    expect(await db.admin.auditEvent.count({ where: { action: "account.created", entityId: accountId } })).toBe(1);
  });

  it("a blank start date is unknown: stored as NULL, dated later, blanked again by an edit", async () => {
    const result = await createAccount(a.agency.slug, createInput(a, { name: "Inherited", startDate: "" }));
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const accountId = result.ok ? result.data.accountId : "";
    const startOf = async () =>
      (await db.admin.account.findUniqueOrThrow({ where: { id: accountId } })).startDate?.toISOString() ?? null;
    expect(await startOf()).toBeNull();
    const account = { id: accountId, name: "Inherited" };
    expect(await editAccount(a.agency.slug, editInput(account, 1, { startDate: "2025-06-01" }))).toMatchObject({
      ok: true,
    });
    expect(await startOf()).toBe("2025-06-01T00:00:00.000Z");
    expect(await editAccount(a.agency.slug, editInput(account, 2, { startDate: "" }))).toMatchObject({ ok: true });
    expect(await startOf()).toBeNull();
    const edits = await db.admin.auditEvent.findMany({ where: { action: "account.edited", entityId: accountId } });
    const blanked = edits.find((e) => (e.after as { version?: number }).version === 3);
    expect(blanked).toMatchObject({ before: { startDate: "2025-06-01" }, after: { startDate: null } });
  });

  it.each([
    ["negative money", { monthlyValue: "-1" }, "monthlyValue"],
    ["three decimals", { monthlyValue: "10.123" }, "monthlyValue"],
    ["money beyond Decimal(12,2)", { monthlyValue: "10000000000" }, "monthlyValue"],
    ["a renewal before the start", { renewalDate: "2026-01-01" }, "renewalDate"],
    ["a renewal absurdly far after the start", { renewalDate: "2040-01-01" }, "renewalDate"],
    ["a start in the far future", { startDate: "2999-01-01", renewalDate: "" }, "startDate"],
    ["an over-long name", { name: "n".repeat(161) }, "name"],
    ["an unknown kind", { kind: "HOBBY" }, "kind"],
    ["an unknown complexity", { complexity: "EXTREME" }, "complexity"],
    ["an unknown status", { status: "DORMANT" }, "status"],
    ["a PM as owner", "pm", "amId"],
    ["an inactive AM as owner", "inactive", "amId"],
    ["a duplicate name for the client", { name: "retainer" }, "name"],
  ])("refuses %s with a field error and changes nothing", async (_label, patch, field) => {
    let extra: Record<string, unknown> = typeof patch === "object" ? patch : {};
    if (patch === "pm") extra = { amId: a.memberships.pm.id };
    if (patch === "inactive") {
      extra = { amId: (await addMember(db.admin, a.agency.id, ["AM"], { active: false })).membership.id };
    }
    const before = await crmState(db.admin);
    const trail = await auditTrail(db.admin);
    expect(await createAccount(a.agency.slug, createInput(a, { name: "Refused", ...extra }))).toMatchObject({
      code: "invalid",
      fieldErrors: { [field]: expect.any(Array) },
    });
    expect(await crmState(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin)).toEqual(trail);
  });

  it("AMs cannot create accounts", async () => {
    signInAsMember(a, "am");
    expect(await createAccount(a.agency.slug, createInput(a, { name: "Self-made" }))).toMatchObject({
      code: "forbidden",
    });
  });
});

describe("editing an account", () => {
  it("the owning AM edits it (version bump, audited); a stale edit conflicts with the current values", async () => {
    const account = await newAccount(a, "SEO");
    signInAsMember(a, "am");
    expect(await editAccount(a.agency.slug, editInput(account, 1, { monthlyValue: "999" }))).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const stored = await db.admin.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.monthlyValue.toFixed(2)).toBe("999.00");
    expect(stored.version).toBe(2);
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "account.edited", entityId: account.id },
    });
    expect(event.before).toMatchObject({ monthlyValue: "0.00", version: 1 });
    expect(event.after).toMatchObject({ monthlyValue: "999.00", version: 2 });

    const before = await crmState(db.admin);
    expect(await editAccount(a.agency.slug, editInput(account, 1, { monthlyValue: "5" }))).toMatchObject({
      ok: false,
      code: "conflict",
      current: { monthlyValue: "999.00", version: 2, changedBy: a.users.am.name },
    });
    expect(await crmState(db.admin)).toEqual(before);
  });

  it("an AM cannot edit another AM's account; a viewer cannot edit any", async () => {
    const other = await addMember(db.admin, a.agency.id, ["AM"], { label: "am2" });
    const theirs = await newAccount(a, "Their retainer", other.membership.id);
    const before = await crmState(db.admin);
    signInAsMember(a, "am");
    expect(await editAccount(a.agency.slug, editInput(theirs, 1))).toMatchObject({ code: "forbidden" });
    signInAsMember(a, "viewer");
    expect(await editAccount(a.agency.slug, editInput(theirs, 1))).toMatchObject({ code: "forbidden" });
    expect(await crmState(db.admin)).toEqual(before);
  });

  it("invalid edits are field errors and change nothing", async () => {
    const account = await newAccount(a, "Email");
    const before = await crmState(db.admin);
    for (const patch of [{ monthlyValue: "-5" }, { renewalDate: "2025-12-31" }, { name: "x" }]) {
      expect(await editAccount(a.agency.slug, editInput(account, 1, patch))).toMatchObject({ code: "invalid" });
    }
    expect(await crmState(db.admin)).toEqual(before);
  });
});

describe("reassigning and archiving", () => {
  it("a leader reassigns to another AM, audited with the AM before and after; AMs cannot", async () => {
    const account = await newAccount(a, "PPC");
    const other = await addMember(db.admin, a.agency.id, ["AM"], { label: "am3" });
    signInAsMember(a, "am");
    expect(
      await reassignAccount(a.agency.slug, { accountId: account.id, expectedVersion: 1, amId: other.membership.id }),
    ).toMatchObject({ code: "forbidden" });
    signInAsMember(a, "leader");
    expect(
      await reassignAccount(a.agency.slug, { accountId: account.id, expectedVersion: 1, amId: a.memberships.pm.id }),
    ).toMatchObject({ code: "invalid", fieldErrors: { amId: expect.any(Array) } });
    expect(
      await reassignAccount(a.agency.slug, { accountId: account.id, expectedVersion: 1, amId: other.membership.id }),
    ).toMatchObject({ ok: true, data: { version: 2, amId: other.membership.id } });
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "account.reassigned", entityId: account.id },
    });
    expect(event.before).toMatchObject({ amId: a.memberships.am.id, amName: a.users.am.name });
    expect(event.after).toMatchObject({ amId: other.membership.id, version: 2 });
    // The former owner can no longer edit it.
    signInAsMember(a, "am");
    expect(await editAccount(a.agency.slug, editInput(account, 2))).toMatchObject({ code: "forbidden" });
  });

  it("archives for leaders only, with the version seen; an archived account is gone for edits", async () => {
    const account = await newAccount(a, "Video");
    signInAsMember(a, "am");
    expect(await archiveAccount(a.agency.slug, { accountId: account.id, expectedVersion: 1 })).toMatchObject({
      code: "forbidden",
    });
    signInAsMember(a, "leader");
    expect(await archiveAccount(a.agency.slug, { accountId: account.id, expectedVersion: 9 })).toMatchObject({
      code: "conflict",
    });
    expect(await archiveAccount(a.agency.slug, { accountId: account.id, expectedVersion: 1 })).toMatchObject({
      ok: true,
    });
    expect((await db.admin.account.findUniqueOrThrow({ where: { id: account.id } })).archivedAt).not.toBeNull();
    expect(await db.admin.auditEvent.count({ where: { action: "account.archived", entityId: account.id } })).toBe(1);
    expect(await editAccount(a.agency.slug, editInput(account, 2))).toMatchObject({ code: "not_found" });
  });

  it("archiving an account archives its open projects too, audited, so they leave lists and signals", async () => {
    const account = await newAccount(a, "Rebrand");
    const project = (name: string, archivedAt: Date | null = null) =>
      db.admin.project.create({
        data: { agencyId: a.agency.id, accountId: account.id, pmId: a.memberships.pm.id, name, archivedAt },
      });
    const open = await project("Launch");
    const earlier = new Date("2026-02-01T00:00:00Z");
    const done = await project("Old", earlier);
    signInAsMember(a, "leader");
    expect(await archiveAccount(a.agency.slug, { accountId: account.id, expectedVersion: 1 })).toMatchObject({
      ok: true,
    });
    const after = await db.admin.project.findUniqueOrThrow({ where: { id: open.id } });
    expect(after.archivedAt).not.toBeNull();
    expect(after.version).toBe(2);
    expect((await db.admin.project.findUniqueOrThrow({ where: { id: done.id } })).archivedAt).toEqual(earlier);
    expect(await db.admin.auditEvent.count({ where: { action: "project.archived", entityId: open.id } })).toBe(1);
  });
});

describe("archiving a client while an account is added to it", () => {
  it("never leaves an open account on an archived client, whichever commits first", async () => {
    for (let round = 0; round < 3; round += 1) {
      const client = await db.admin.client.create({
        data: { agencyId: a.agency.id, name: `Racing client ${round}`, tier: "TIER_3" },
      });
      const [archived, created] = await Promise.all([
        archiveClient(a.agency.slug, { clientId: client.id }),
        createAccount(a.agency.slug, createInput(a, { clientId: client.id, name: "Raced" })),
      ]);
      expect(archived.ok !== created.ok).toBe(true);
      const after = await db.admin.client.findUniqueOrThrow({ where: { id: client.id } });
      const open = await db.admin.account.count({ where: { clientId: client.id, archivedAt: null } });
      expect(after.archivedAt !== null && open > 0).toBe(false);
    }
  });
});

describe("tenant isolation", () => {
  it("agency B's ids are refused through every account action and B is unchanged", async () => {
    const before = await crmState(db.admin);
    const bTrail = await auditTrail(db.admin, b.agency.id);
    const bAccount = { id: b.account.id, name: b.account.name };
    expect(await createAccount(a.agency.slug, createInput(b))).toMatchObject({ code: "not_found" });
    expect(await createAccount(a.agency.slug, createInput(a, { amId: b.memberships.am.id }))).toMatchObject({
      code: "invalid",
      fieldErrors: { amId: expect.any(Array) },
    });
    expect(await editAccount(a.agency.slug, editInput(bAccount, 1))).toMatchObject({ code: "not_found" });
    expect(await archiveAccount(a.agency.slug, { accountId: b.account.id, expectedVersion: 1 })).toMatchObject({
      code: "not_found",
    });
    expect(
      await reassignAccount(a.agency.slug, {
        accountId: b.account.id,
        expectedVersion: 1,
        amId: a.memberships.am.id,
      }),
    ).toMatchObject({ code: "not_found" });
    expect(await crmState(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin, b.agency.id)).toEqual(bTrail);
  });
});
