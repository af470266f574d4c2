import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { signInAs } from "../support/session";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { applyMove } = await import("../../lib/actions/portfolio");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let receiverId: string;

/** Agency A is small (8 employees → 4–6 accounts per AM): its AM gets 7 accounts, a second AM gets 5 (headroom 1). */
async function resetBooks() {
  await db.admin.account.deleteMany({ where: { agencyId: a.agency.id } });
  const accounts = Array.from({ length: 7 }, (_, i) => ({
    agencyId: a.agency.id,
    clientId: a.client.id,
    amId: a.memberships.am.id,
    name: `Giver account ${i + 1}`,
    startDate: new Date("2026-01-01"),
  }));
  const receiving = Array.from({ length: 5 }, (_, i) => ({
    agencyId: a.agency.id,
    clientId: a.client.id,
    amId: receiverId,
    name: `Receiver account ${i + 1}`,
    startDate: new Date("2026-01-01"),
  }));
  await db.admin.account.createMany({ data: [...accounts, ...receiving] });
  return db.admin.account.findMany({
    where: { agencyId: a.agency.id, amId: a.memberships.am.id },
    orderBy: { name: "asc" },
  });
}

const move = (account: { id: string; version: number }, toAmId = receiverId, fromAmId = a.memberships.am.id) => ({
  accountId: account.id,
  fromAmId,
  toAmId,
  expectedVersion: account.version,
});

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  receiverId = (await addMember(db.admin, a.agency.id, ["AM"], { label: "receiver" })).membership.id;
});
beforeEach(() => signInAsMember(a, "leader"));

describe("applying a rebalancing move", () => {
  it("moves the account in one audited transaction and bumps its version", async () => {
    const [account] = await resetBooks();
    const result = await applyMove(a.agency.slug, move(account!));
    expect(result).toEqual({
      ok: true,
      data: { accountId: account!.id, amId: receiverId, version: account!.version + 1 },
    });
    const after = await db.admin.account.findUniqueOrThrow({ where: { id: account!.id } });
    expect(after).toMatchObject({ amId: receiverId, version: account!.version + 1 });
    const events = await db.admin.auditEvent.findMany({
      where: { agencyId: a.agency.id, action: "account.reassigned", entityId: account!.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: a.users.leader.id,
      before: { amId: a.memberships.am.id },
      after: { amId: receiverId },
    });
  });

  it("refuses a move based on a stale version with a conflict and the current values", async () => {
    const [account] = await resetBooks();
    await db.admin.account.update({ where: { id: account!.id }, data: { version: { increment: 1 } } });
    const result = await applyMove(a.agency.slug, move(account!));
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      current: { amId: a.memberships.am.id, version: account!.version + 1 },
    });
    expect((await db.admin.account.findUniqueOrThrow({ where: { id: account!.id } })).amId).toBe(a.memberships.am.id);
  });

  it("lets exactly one of two leaders apply the same move at the same time", async () => {
    const [account] = await resetBooks();
    const results = await Promise.all([
      applyMove(a.agency.slug, move(account!)),
      applyMove(a.agency.slug, move(account!)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(1);
    const events = await db.admin.auditEvent.count({ where: { action: "account.reassigned", entityId: account!.id } });
    expect(events).toBe(1);
  });

  it("never lets two concurrent moves together push the receiver over the guideline", async () => {
    const [first, second] = await resetBooks(); // receiver holds 5 of max 6: room for exactly one more
    const results = await Promise.all([
      applyMove(a.agency.slug, move(first!)),
      applyMove(a.agency.slug, move(second!)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "invalid", fieldErrors: { toAmId: expect.any(Array) } });
    expect(await db.admin.account.count({ where: { agencyId: a.agency.id, amId: receiverId } })).toBe(6);
  });

  it("refuses invalid input without changing anything", async () => {
    const [account] = await resetBooks();
    for (const input of [
      {},
      { ...move(account!), expectedVersion: 0 },
      { ...move(account!), accountId: "nope" },
      { ...move(account!), toAmId: a.memberships.am.id },
    ]) {
      const result = await applyMove(a.agency.slug, input);
      expect(result).toMatchObject({ ok: false, code: "invalid" });
    }
    expect(await db.admin.account.count({ where: { agencyId: a.agency.id, amId: a.memberships.am.id } })).toBe(7);
  });

  it("is refused for roles other than leader, and the attempt is audited", async () => {
    const [account] = await resetBooks();
    signInAs({ id: a.users.am.id, name: "AM", email: a.users.am.email });
    expect(await applyMove(a.agency.slug, move(account!))).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await db.admin.auditEvent.count({
        where: { agencyId: a.agency.id, action: "access.denied", actorId: a.users.am.id },
      }),
    ).toBe(1);
    expect((await db.admin.account.findUniqueOrThrow({ where: { id: account!.id } })).amId).toBe(a.memberships.am.id);
  });

  it("refuses another agency's account and another agency's AM as not found, changing nothing", async () => {
    await resetBooks();
    const foreign = await db.admin.account.findFirstOrThrow({ where: { agencyId: b.agency.id } });
    const r1 = await applyMove(a.agency.slug, move(foreign, receiverId, b.memberships.am.id));
    expect(r1).toMatchObject({ ok: false, code: "not_found" });
    const [own] = await db.admin.account.findMany({ where: { agencyId: a.agency.id, amId: a.memberships.am.id } });
    const r2 = await applyMove(a.agency.slug, move(own!, b.memberships.am.id));
    expect(r2).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.admin.account.findUniqueOrThrow({ where: { id: foreign.id } })).amId).toBe(b.memberships.am.id);
    expect((await db.admin.account.findUniqueOrThrow({ where: { id: own!.id } })).amId).toBe(a.memberships.am.id);
    signInAsMember(b, "leader");
    expect(await applyMove(a.agency.slug, move(own!))).toMatchObject({ ok: false, code: "not_found" });
  });
});
