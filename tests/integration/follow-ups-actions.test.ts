import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { addAmWithAccount } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { createFollowUp, closeFollowUp, reassignFollowUp, updateFollowUpRule } =
  await import("../../lib/actions/follow-ups");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let otherAccountId: string;
let bFollowUpId: string;

const count = (agencyId: string) => db.admin.followUp.count({ where: { agencyId } });
const audits = (agencyId: string, action: string) => db.admin.auditEvent.count({ where: { agencyId, action } });
const input = (extra: Record<string, unknown> = {}) => ({
  accountId: a.account.id,
  title: "  Call about the renewal ",
  dueDate: "2026-12-20",
  ...extra,
});

/** An open manual follow-up on the agency's account, assigned to its AM, due 2026-12-01: its id. */
async function addFollowUp(f: AgencyFixture, title: string) {
  const data = { agencyId: f.agency.id, accountId: f.account.id, assigneeId: f.memberships.am.id, title };
  return (await db.admin.followUp.create({ data: { ...data, dueDate: new Date("2026-12-01") } })).id;
}

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  otherAccountId = (await addAmWithAccount(db.admin, a, { name: "Other" })).accountId;
  bFollowUpId = await addFollowUp(b, "B's");
});

describe("manual follow-ups", () => {
  it("an AM adds one on their own account: saved, trimmed, assigned to the account's AM, audited", async () => {
    signInAsMember(a, "am");
    const result = await createFollowUp(a.agency.slug, input());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.admin.followUp.findUniqueOrThrow({ where: { id: result.data.followUpId } });
    expect(row).toMatchObject({ title: "Call about the renewal", assigneeId: a.memberships.am.id, status: "OPEN" });
    expect(await audits(a.agency.id, "followUp.created")).toBe(1);
  });

  it("invalid input → field errors and nothing changed", async () => {
    signInAsMember(a, "am");
    const before = await count(a.agency.id);
    const result = await createFollowUp(a.agency.slug, input({ title: " ", dueDate: "tomorrow" }));
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(expect.arrayContaining(["title", "dueDate"]));
    expect(await count(a.agency.id)).toBe(before);
  });

  it("wrong role or someone else's account → forbidden, nothing changed", async () => {
    const before = await count(a.agency.id);
    signInAsMember(a, "viewer");
    expect(await createFollowUp(a.agency.slug, input())).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(a, "am");
    expect(await createFollowUp(a.agency.slug, input({ accountId: otherAccountId }))).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await count(a.agency.id)).toBe(before);
  });

  it("another agency's account, member or follow-up → refused, and B unchanged", async () => {
    signInAsMember(a, "leader");
    const bBefore = await db.admin.followUp.findMany({ where: { agencyId: b.agency.id } });
    expect(await createFollowUp(a.agency.slug, input({ accountId: b.account.id }))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await createFollowUp(a.agency.slug, input({ assigneeId: b.memberships.am.id }))).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await closeFollowUp(a.agency.slug, { followUpId: bFollowUpId, outcome: "x" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(
      await reassignFollowUp(a.agency.slug, { followUpId: bFollowUpId, assigneeId: a.memberships.am.id }),
    ).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await closeFollowUp(b.agency.slug, { followUpId: bFollowUpId, outcome: "x" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db.admin.followUp.findMany({ where: { agencyId: b.agency.id } })).toEqual(bBefore);
  });
});

describe("closing and reassigning", () => {
  let id: string;
  beforeAll(async () => {
    id = await addFollowUp(a, "Close me");
  });

  it("the PM (not the owner) may not touch it; the leader reassigns it to the PM, who may then close it", async () => {
    signInAsMember(a, "pm");
    expect(await closeFollowUp(a.agency.slug, { followUpId: id, outcome: "Done" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAsMember(a, "leader");
    expect(await reassignFollowUp(a.agency.slug, { followUpId: id, assigneeId: a.memberships.pm.id })).toMatchObject({
      ok: true,
    });
    expect(await audits(a.agency.id, "followUp.reassigned")).toBe(1);
    signInAsMember(a, "pm");
    const closed = await closeFollowUp(a.agency.slug, { followUpId: id, outcome: "  Sent the deck  " });
    expect(closed.ok).toBe(true);
    const row = await db.admin.followUp.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DONE", outcome: "Sent the deck", closedById: a.users.pm.id });
    expect(row.closedAt).not.toBeNull();
    expect(await audits(a.agency.id, "followUp.closed")).toBe(1);
  });

  it("closing again is a conflict; an empty outcome is a field error", async () => {
    signInAsMember(a, "leader");
    expect(await closeFollowUp(a.agency.slug, { followUpId: id, outcome: "Again" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const empty = await closeFollowUp(a.agency.slug, { followUpId: id, outcome: " " });
    expect(empty).toMatchObject({ ok: false, code: "invalid", fieldErrors: { outcome: expect.any(Array) } });
  });
});

describe("follow-up rules", () => {
  it("a leader changes a rule: stored and audited with before and after", async () => {
    signInAsMember(a, "leader");
    const result = await updateFollowUpRule(a.agency.slug, {
      signalType: "STALE_PROJECT",
      enabled: "",
      assignee: "LEADERS",
      dueInDays: "10",
    });
    expect(result.ok).toBe(true);
    const rule = await db.admin.followUpRule.findUniqueOrThrow({
      where: { agencyId_signalType: { agencyId: a.agency.id, signalType: "STALE_PROJECT" } },
    });
    expect(rule).toMatchObject({ enabled: false, assignee: "LEADERS", dueInDays: 10 });
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { agencyId: a.agency.id, action: "followUpRule.updated" },
    });
    expect(event.before).toMatchObject({ enabled: true, assignee: "PROJECT_PM", dueInDays: 3 });
  });

  it("an AM may not; bad days are a field error; nothing changes", async () => {
    signInAsMember(a, "am");
    const ok = { signalType: "RENEWAL_AT_RISK", enabled: "on", assignee: "LEADERS", dueInDays: "2" };
    expect(await updateFollowUpRule(a.agency.slug, ok)).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(a, "leader");
    const bad = await updateFollowUpRule(a.agency.slug, { ...ok, dueInDays: "400", signalType: "NOPE" });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(["dueInDays", "signalType"]));
    expect(await db.admin.followUpRule.count({ where: { agencyId: a.agency.id, signalType: "RENEWAL_AT_RISK" } })).toBe(
      0,
    );
    expect(await db.admin.followUpRule.count({ where: { agencyId: b.agency.id } })).toBe(0);
  });
});
