import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { crmState } from "../support/crm-state";
import { auditTrail } from "../support/db-state";
import { addAmWithAccount } from "../factories/members";
import { addAccount } from "../factories/accounts";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { createContact, editContact, setContactActive } = await import("../../lib/actions/contacts");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

const valid = (f: AgencyFixture, patch: Record<string, unknown> = {}) => ({
  clientId: f.client.id,
  name: "Dana Scully",
  title: "Marketing Director",
  email: "Dana@Client.example",
  phone: "+1 (555) 010-2000",
  isPrimary: false,
  ...patch,
});

const newContact = (f: AgencyFixture, data: { name: string; isPrimary?: boolean; active?: boolean }) =>
  db.admin.contact.create({ data: { agencyId: f.agency.id, clientId: f.client.id, ...data } });

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("creating and editing contacts", () => {
  it("reads the primary box as a form sends it: on/true is primary; unticked, empty or false is not", async () => {
    for (const [isPrimary, stored] of [
      ["on", true],
      [true, true],
      ["true", true],
      [false, false],
      ["false", false],
      ["", false],
      [undefined, false],
    ] as const) {
      const result = await createContact(a.agency.slug, valid(a, { name: `Box ${String(isPrimary)}`, isPrimary }));
      expect(result, String(isPrimary)).toMatchObject({ ok: true });
      const contactId = result.ok ? result.data.contactId : "";
      const row = await db.admin.contact.findUniqueOrThrow({ where: { id: contactId } });
      expect(row.isPrimary, String(isPrimary)).toBe(stored);
    }
  });

  it("a leader adds a contact (email lower-cased, blanks stored as null), audited", async () => {
    const result = await createContact(a.agency.slug, valid(a, { title: "" }));
    expect(result).toMatchObject({ ok: true });
    const contactId = result.ok ? result.data.contactId : "";
    expect(await db.admin.contact.findUniqueOrThrow({ where: { id: contactId } })).toMatchObject({
      agencyId: a.agency.id,
      clientId: a.client.id,
      email: "dana@client.example",
      title: null,
      active: true,
      isPrimary: false,
    });
    expect(await db.admin.auditEvent.count({ where: { action: "contact.created", entityId: contactId } })).toBe(1);
  });

  it.each([
    ["a bad email", { email: "not-an-email" }, "email"],
    ["an over-long email", { email: `${"a".repeat(250)}@x.example` }, "email"],
    ["a phone with letters", { phone: "call me" }, "phone"],
    ["a phone with too few digits", { phone: "123" }, "phone"],
    ["an over-long phone", { phone: "1".repeat(41) }, "phone"],
    ["an over-long name", { name: "n".repeat(121) }, "name"],
    ["a missing name", { name: "" }, "name"],
    ["an over-long title", { title: "t".repeat(121) }, "title"],
    // Found by the fuzz test: these were read as "not primary" and the contact was saved.
    ["a primary flag that is an array", { isPrimary: ["x"] }, "isPrimary"],
    ["a primary flag that is a number", { isPrimary: 1 }, "isPrimary"],
    ["a primary flag that is an object", { isPrimary: { $ne: null } }, "isPrimary"],
    ["a primary flag that is other text", { isPrimary: "yes please" }, "isPrimary"],
  ])("refuses %s with a field error and changes nothing", async (_label, patch, field) => {
    const before = await crmState(db.admin);
    const trail = await auditTrail(db.admin);
    expect(await createContact(a.agency.slug, valid(a, patch))).toMatchObject({
      code: "invalid",
      fieldErrors: { [field]: expect.any(Array) },
    });
    expect(await crmState(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin)).toEqual(trail);
  });

  it("keeps at most one primary per client: a new primary clears the old one", async () => {
    const first = await newContact(a, { name: "First Primary", isPrimary: true });
    const created = await createContact(a.agency.slug, valid(a, { name: "New Primary", isPrimary: true }));
    const newId = created.ok ? created.data.contactId : "";
    const primaries = await db.admin.contact.findMany({ where: { clientId: a.client.id, isPrimary: true } });
    expect(primaries.map((c) => c.id)).toEqual([newId]);

    expect(await editContact(a.agency.slug, { ...valid(a), contactId: first.id, isPrimary: true })).toMatchObject({
      ok: true,
    });
    const after = await db.admin.contact.findMany({ where: { clientId: a.client.id, isPrimary: true } });
    expect(after.map((c) => c.id)).toEqual([first.id]);
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "contact.edited", entityId: first.id },
    });
    expect(event.before).toMatchObject({ name: "First Primary" });
  });

  it("two contacts made primary at the same moment still leave exactly one primary", async () => {
    const client = await db.admin.client.create({ data: { agencyId: a.agency.id, name: "Race Co", tier: "TIER_2" } });
    const results = await Promise.all(
      ["Racer One", "Racer Two", "Racer Three"].map((name) =>
        createContact(a.agency.slug, valid(a, { clientId: client.id, name, isPrimary: true })),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.admin.contact.count({ where: { clientId: client.id, isPrimary: true } })).toBe(1);
  });

  it("deactivates (never deletes) and clears primary; an inactive contact cannot be made primary", async () => {
    const contact = await newContact(a, { name: "Leaving Soon", isPrimary: true });
    expect(await setContactActive(a.agency.slug, { contactId: contact.id, active: false })).toMatchObject({
      ok: true,
    });
    expect(await db.admin.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
      active: false,
      isPrimary: false,
    });
    expect(await db.admin.auditEvent.count({ where: { action: "contact.deactivated", entityId: contact.id } })).toBe(1);
    const before = await crmState(db.admin);
    expect(
      await editContact(a.agency.slug, { ...valid(a), contactId: contact.id, name: "Leaving Soon", isPrimary: true }),
    ).toMatchObject({ code: "invalid", fieldErrors: { isPrimary: expect.any(Array) } });
    expect(await crmState(db.admin)).toEqual(before);
    expect(await setContactActive(a.agency.slug, { contactId: contact.id, active: true })).toMatchObject({ ok: true });
    expect((await db.admin.contact.findUniqueOrThrow({ where: { id: contact.id } })).active).toBe(true);
  });
});

describe("who may change contacts", () => {
  it("an AM may change contacts of a client they own a live account of, not of other clients", async () => {
    signInAsMember(a, "am");
    expect(await createContact(a.agency.slug, valid(a, { name: "Added By AM" }))).toMatchObject({ ok: true });

    const otherClient = await db.admin.client.create({
      data: { agencyId: a.agency.id, name: "Other AM's Client", tier: "TIER_2" },
    });
    await addAmWithAccount(db.admin, a, { clientId: otherClient.id, name: "Retainer" });
    const theirContact = await db.admin.contact.create({
      data: { agencyId: a.agency.id, clientId: otherClient.id, name: "Their Contact" },
    });
    const before = await crmState(db.admin);
    expect(await createContact(a.agency.slug, valid(a, { clientId: otherClient.id }))).toMatchObject({
      code: "forbidden",
    });
    expect(
      await editContact(a.agency.slug, { ...valid(a), contactId: theirContact.id, name: "Renamed" }),
    ).toMatchObject({ code: "forbidden" });
    expect(await setContactActive(a.agency.slug, { contactId: theirContact.id, active: false })).toMatchObject({
      code: "forbidden",
    });
    expect(await crmState(db.admin)).toEqual(before);
  });

  it("an AM whose only account of the client is churned no longer owns its contacts; viewers never", async () => {
    const client = await db.admin.client.create({
      data: { agencyId: a.agency.id, name: "Churned Co", tier: "TIER_3" },
    });
    await addAccount(db.admin, a, {
      clientId: client.id,
      name: "Old retainer",
      status: "CHURNED",
      startDate: new Date("2025-01-01"),
    });
    signInAsMember(a, "am");
    expect(await createContact(a.agency.slug, valid(a, { clientId: client.id }))).toMatchObject({
      code: "forbidden",
    });
    signInAsMember(a, "viewer");
    expect(await createContact(a.agency.slug, valid(a))).toMatchObject({ code: "forbidden" });
  });
});

describe("tenant isolation", () => {
  it("agency B's client and contact ids are refused through every contact action; B is unchanged", async () => {
    const bContact = await newContact(b, { name: "Beta Person" });
    const before = await crmState(db.admin);
    const bTrail = await auditTrail(db.admin, b.agency.id);
    expect(await createContact(a.agency.slug, valid(b))).toMatchObject({ code: "not_found" });
    expect(await editContact(a.agency.slug, { ...valid(a), contactId: bContact.id })).toMatchObject({
      code: "not_found",
    });
    expect(await setContactActive(a.agency.slug, { contactId: bContact.id, active: false })).toMatchObject({
      code: "not_found",
    });
    expect(await crmState(db.admin)).toEqual(before);
    expect(await auditTrail(db.admin, b.agency.id)).toEqual(bTrail);
  });
});
