import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as accountActions from "@/lib/actions/accounts";
import * as clientActions from "@/lib/actions/clients";
import * as contactActions from "@/lib/actions/contacts";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { crmState } from "../support/crm-state";
import { auditTrail, everything } from "../support/db-state";
import { signInAs } from "../support/session";
import { createAgencyFixture, type AgencyFixture } from "../factories/tenants";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * Agency A's leader probes agency B through every client, contact and account action, in the style of
 * cross-tenant-actions.test.ts: the first test fails when one of the three action files exports an action this table
 * does not cover. Each probe names B's rows through A's slug (refused, B untouched, the refusal audited in A), and
 * sends a valid input for B through B's slug (not a member: not found, nothing changes anywhere).
 */
const actions = { ...clientActions, ...contactActions, ...accountActions };
type ActionName = keyof typeof actions;
type Rows = { f: AgencyFixture; contactId: string };
type Probe = { foreignIds(b: Rows, a: AgencyFixture): unknown[]; inB(b: Rows): unknown };

const clientFields = { name: "Probe Co", industry: "", tier: "TIER_2", status: "ACTIVE", clientSince: "" };
const contactFields = { name: "Probe Person", title: "", email: "", phone: "", isPrimary: false };
const accountFields = {
  name: "Probe account",
  kind: "RETAINER",
  monthlyValue: "100",
  complexity: "LOW",
  status: "ACTIVE",
  startDate: "2026-01-01",
  renewalDate: "",
};

const PROBES: Record<ActionName, Probe> = {
  createClient: { foreignIds: () => [], inB: () => clientFields },
  editClient: {
    foreignIds: (b) => [{ clientId: b.f.client.id, ...clientFields, agencyId: b.f.agency.id }],
    inB: (b) => ({ clientId: b.f.client.id, ...clientFields }),
  },
  archiveClient: {
    foreignIds: (b) => [{ clientId: b.f.client.id }],
    inB: (b) => ({ clientId: b.f.client.id }),
  },
  createContact: {
    foreignIds: (b) => [{ clientId: b.f.client.id, ...contactFields }],
    inB: (b) => ({ clientId: b.f.client.id, ...contactFields }),
  },
  editContact: {
    foreignIds: (b) => [{ contactId: b.contactId, ...contactFields, isPrimary: true }],
    inB: (b) => ({ contactId: b.contactId, ...contactFields }),
  },
  setContactActive: {
    foreignIds: (b) => [{ contactId: b.contactId, active: false }],
    inB: (b) => ({ contactId: b.contactId, active: false }),
  },
  createAccount: {
    foreignIds: (b, a) => [
      { clientId: b.f.client.id, amId: a.memberships.am.id, ...accountFields },
      { clientId: a.client.id, amId: b.f.memberships.am.id, ...accountFields },
    ],
    inB: (b) => ({ clientId: b.f.client.id, amId: b.f.memberships.am.id, ...accountFields }),
  },
  editAccount: {
    foreignIds: (b) => [{ accountId: b.f.account.id, expectedVersion: 1, ...accountFields }],
    inB: (b) => ({ accountId: b.f.account.id, expectedVersion: 1, ...accountFields }),
  },
  archiveAccount: {
    foreignIds: (b) => [{ accountId: b.f.account.id, expectedVersion: 1 }],
    inB: (b) => ({ accountId: b.f.account.id, expectedVersion: 1 }),
  },
  reassignAccount: {
    foreignIds: (b, a) => [
      { accountId: b.f.account.id, expectedVersion: 1, amId: a.memberships.am.id },
      { accountId: a.account.id, expectedVersion: 1, amId: b.f.memberships.am.id },
    ],
    inB: (b) => ({ accountId: b.f.account.id, expectedVersion: 1, amId: b.f.memberships.am.id }),
  },
};

let db: AppTestDatabase;
let a: AgencyFixture;
let b: Rows;
const names = Object.keys(actions) as ActionName[];

beforeAll(async () => {
  db = await useAppTestDatabase();
  a = await createAgencyFixture(db.admin, "Alpha");
  const f = await createAgencyFixture(db.admin, "Beta");
  const contact = await db.admin.contact.create({ data: { agencyId: f.agency.id, clientId: f.client.id, name: "B" } });
  b = { f, contactId: contact.id };
});
afterAll(async () => db.close());
beforeEach(() => signInAs(a.users.leader));

describe("every client, contact and account action has a cross-tenant probe", () => {
  it("the probe table covers exactly the exported actions", () => {
    expect(Object.keys(PROBES).sort()).toEqual([...names].sort());
  });
});

describe("A's leader naming B's rows through A's slug", () => {
  // The cases are listed before the fixtures exist: count each probe's inputs against a stand-in that answers any path.
  const anything: unknown = new Proxy({}, { get: () => anything });
  const cases = names.flatMap((name) =>
    (PROBES[name]?.foreignIds(anything as Rows, anything as AgencyFixture) ?? []).map((_, i) => [name, i] as const),
  );

  it.each(cases)("%s (probe %i) → refused, B untouched, refusal audited in A only", async (name, index) => {
    const input = PROBES[name].foreignIds(b, a)[index];
    const before = await crmState(db.admin);
    const auditOfB = await auditTrail(db.admin, b.f.agency.id);
    const auditOfA = (await auditTrail(db.admin, a.agency.id)).length;
    const result = await actions[name](a.agency.slug, input);
    // A foreign owner (amId) is a field error on the owner; every other foreign id is "not found".
    expect(result.ok ? "ok" : result.code).toMatch(/^(not_found|invalid)$/);
    if (!result.ok && result.code === "invalid") expect(result.fieldErrors).toHaveProperty("amId");
    expect(await crmState(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin, b.f.agency.id)).toEqual(auditOfB);
    const added = (await auditTrail(db.admin, a.agency.id)).slice(auditOfA);
    if (!result.ok && result.code === "not_found") {
      expect(added).toMatchObject([{ action: "access.denied", actorId: a.users.leader.id, entityType: "Action" }]);
    } else {
      expect(added).toEqual([]);
    }
  });
});

describe("A's leader using B's slug", () => {
  it.each(names)("%s → not_found and nothing changes anywhere", async (name) => {
    const before = await everything(db.admin);
    const crmBefore = await crmState(db.admin);
    const result = await actions[name](b.f.agency.slug, PROBES[name].inB(b));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await everything(db.admin)).toEqual(before);
    expect(await crmState(db.admin)).toEqual(crmBefore);
  });
});
