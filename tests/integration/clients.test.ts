import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { crmState } from "../support/crm-state";
import { auditTrail } from "../support/db-state";
import { signInAs } from "../support/session";
import { addAmWithAccount } from "../factories/members";
import { addAccount } from "../factories/accounts";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { archiveClient, createClient, editClient } = await import("../../lib/actions/clients");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const valid = { name: "Globex", industry: "Energy", tier: "TIER_2", status: "ACTIVE", clientSince: "2024-03-01" };
const edit = (f: AgencyFixture, patch: Record<string, unknown> = {}) => ({
  clientId: f.client.id,
  name: f.client.name,
  industry: "Retail",
  tier: f.client.tier,
  status: "ACTIVE",
  clientSince: "",
  ...patch,
});

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("creating a client", () => {
  it("a leader creates one; it persists with an audit event", async () => {
    const result = await createClient(a.agency.slug, valid);
    expect(result).toMatchObject({ ok: true });
    const clientId = result.ok ? result.data.clientId : "";
    const client = await db.admin.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(client).toMatchObject({ agencyId: a.agency.id, name: "Globex", industry: "Energy", tier: "TIER_2" });
    expect(client.clientSince?.toISOString().slice(0, 10)).toBe("2024-03-01");
    const events = await db.admin.auditEvent.findMany({ where: { action: "client.created", entityId: clientId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ agencyId: a.agency.id, actorId: a.users.leader.id });
  });

  it.each([
    ["an empty name", { name: " " }, "name"],
    ["an over-long name", { name: "x".repeat(161) }, "name"],
    ["an over-long industry", { industry: "y".repeat(81) }, "industry"],
    ["an unknown tier", { tier: "TIER_9" }, "tier"],
    ["an unknown status", { status: "GONE" }, "status"],
    ["a client-since in the future", { clientSince: "2999-01-01" }, "clientSince"],
    ["a client-since before 1900", { clientSince: "1850-01-01" }, "clientSince"],
    ["a malformed date", { clientSince: "01/02/2024" }, "clientSince"],
  ])("refuses %s with a field error and changes nothing", async (_label, patch, field) => {
    const before = await crmState(db.admin);
    const trail = await auditTrail(db.admin);
    const result = await createClient(a.agency.slug, { ...valid, name: "Initech", ...patch });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: expect.any(Array) } });
    expect(await crmState(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin)).toEqual(trail);
  });

  it("a taken name (any case) is a friendly field error; the same name in another agency is fine", async () => {
    const before = await crmState(db.admin);
    expect(await createClient(a.agency.slug, { ...valid, name: a.client.name.toUpperCase() })).toMatchObject({
      code: "invalid",
      fieldErrors: { name: ["A client with this name already exists."] },
    });
    expect(await crmState(db.admin)).toEqual(before);
    signInAsMember(b, "leader");
    expect(await createClient(b.agency.slug, { ...valid, name: a.client.name })).toMatchObject({ ok: true });
  });

  it("the database itself refuses a name that differs only in case, so no race can slip past the friendly check", async () => {
    await expect(
      db.admin.client.create({ data: { agencyId: a.agency.id, name: a.client.name.toLowerCase(), tier: "TIER_3" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("two creates at once of names differing in case: one client, and the other gets the friendly error", async () => {
    const results = await Promise.all([
      createClient(a.agency.slug, { ...valid, name: "Umbrella Corp" }),
      createClient(a.agency.slug, { ...valid, name: "UMBRELLA CORP" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      code: "invalid",
      fieldErrors: { name: ["A client with this name already exists."] },
    });
    const clients = await db.admin.client.findMany({
      where: { agencyId: a.agency.id, name: { equals: "umbrella corp", mode: "insensitive" } },
    });
    expect(clients).toHaveLength(1);
  });

  it("AMs, PMs and viewers cannot create clients", async () => {
    const before = await crmState(db.admin);
    for (const who of [a.users.am, a.users.pm, a.users.viewer]) {
      signInAs(who);
      expect(await createClient(a.agency.slug, { ...valid, name: "Not allowed" })).toMatchObject({
        code: "forbidden",
      });
    }
    expect(await crmState(db.admin)).toEqual(before);
  });
});

describe("editing a client", () => {
  it("a leader edits any field, audited with before and after", async () => {
    const client = await db.admin.client.create({ data: { agencyId: a.agency.id, name: "Hooli", tier: "TIER_3" } });
    const result = await editClient(a.agency.slug, {
      clientId: client.id,
      name: "Hooli Inc",
      industry: "Tech",
      tier: "TIER_1",
      status: "PAUSED",
      clientSince: "2020-05-05",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await db.admin.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      name: "Hooli Inc",
      tier: "TIER_1",
      status: "PAUSED",
    });
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "client.edited", entityId: client.id },
    });
    expect(event.before).toMatchObject({ name: "Hooli", tier: "TIER_3" });
    expect(event.after).toMatchObject({ name: "Hooli Inc", tier: "TIER_1", clientSince: "2020-05-05" });
  });

  it("an AM edits a client they own an account of, but not its tier, and not other clients", async () => {
    signInAsMember(a, "am");
    expect(await editClient(a.agency.slug, edit(a, { industry: "Publishing" }))).toMatchObject({ ok: true });
    expect((await db.admin.client.findUniqueOrThrow({ where: { id: a.client.id } })).industry).toBe("Publishing");

    const before = await crmState(db.admin);
    expect(await editClient(a.agency.slug, edit(a, { tier: "TIER_3" }))).toMatchObject({ code: "forbidden" });
    const foreignClient = await db.admin.client.create({
      data: { agencyId: a.agency.id, name: "Not Mine Co", tier: "TIER_2" },
    });
    await addAmWithAccount(db.admin, a, { clientId: foreignClient.id, name: "Retainer" });
    const snapshot = await crmState(db.admin);
    expect(
      await editClient(a.agency.slug, edit(a, { clientId: foreignClient.id, name: "Not Mine Co", tier: "TIER_2" })),
    ).toMatchObject({ code: "forbidden" });
    expect(await crmState(db.admin)).toEqual(snapshot);
    expect(before.clients.find((c) => c.id === a.client.id)?.tier).toBe("TIER_1");
  });

  it("renaming onto another client's name is a field error and changes nothing", async () => {
    await db.admin.client.create({ data: { agencyId: a.agency.id, name: "Taken Name", tier: "TIER_2" } });
    const before = await crmState(db.admin);
    expect(await editClient(a.agency.slug, edit(a, { name: "taken name" }))).toMatchObject({
      code: "invalid",
      fieldErrors: { name: expect.any(Array) },
    });
    expect(await crmState(db.admin)).toEqual(before);
  });
});

describe("archiving a client", () => {
  it("refuses while it has open accounts; archives once they are archived, keeping contacts and history", async () => {
    const client = await db.admin.client.create({ data: { agencyId: a.agency.id, name: "Soylent", tier: "TIER_2" } });
    const account = await addAccount(db.admin, a, { clientId: client.id, name: "Retainer" });
    await db.admin.contact.create({ data: { agencyId: a.agency.id, clientId: client.id, name: "Sam Soy" } });
    const before = await crmState(db.admin);
    expect(await archiveClient(a.agency.slug, { clientId: client.id })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { _form: expect.any(Array) },
    });
    expect(await crmState(db.admin)).toEqual(before);

    await db.admin.account.update({ where: { id: account.id }, data: { archivedAt: new Date() } });
    expect(await archiveClient(a.agency.slug, { clientId: client.id })).toMatchObject({ ok: true });
    expect((await db.admin.client.findUniqueOrThrow({ where: { id: client.id } })).archivedAt).not.toBeNull();
    expect(await db.admin.contact.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.admin.auditEvent.count({ where: { action: "client.archived", entityId: client.id } })).toBe(1);
    // Archived clients are gone for edits.
    expect(await archiveClient(a.agency.slug, { clientId: client.id })).toMatchObject({ code: "not_found" });
  });

  it("AMs cannot archive clients", async () => {
    signInAsMember(a, "am");
    expect(await archiveClient(a.agency.slug, { clientId: a.client.id })).toMatchObject({ code: "forbidden" });
  });
});

describe("tenant isolation", () => {
  it("agency B's client ids are refused through every client action and B is unchanged", async () => {
    const before = await crmState(db.admin);
    const bTrail = await auditTrail(db.admin, b.agency.id);
    expect(await editClient(a.agency.slug, edit(b, { name: "Hijacked" }))).toMatchObject({ code: "not_found" });
    expect(await archiveClient(a.agency.slug, { clientId: b.client.id })).toMatchObject({ code: "not_found" });
    // A's slug with B's id is not found; B's slug as an A member is not a membership at all.
    expect(await createClient(b.agency.slug, { ...valid, name: "Sneaky" })).toMatchObject({ code: "not_found" });
    expect(await crmState(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin, b.agency.id)).toEqual(bTrail);
    const denied = await db.admin.auditEvent.count({ where: { agencyId: a.agency.id, action: "access.denied" } });
    expect(denied).toBeGreaterThanOrEqual(2);
  });
});
