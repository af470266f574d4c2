import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { expectInvalidUnchanged, expectRefusedUnchanged, withChangeEvents } from "../support/refusals";
import { withTenant } from "../../lib/db/tenant";
import { readHoldings } from "../../lib/domain/members/holdings";
import { peopleState } from "../support/people-state";
import { signInAs } from "../support/session";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const people = await import("../../lib/actions/people");
const members = await import("../../lib/actions/members");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let leaver: Awaited<ReturnType<typeof addMember>>;
let receiver1: Awaited<ReturnType<typeof addMember>>;
let receiver2: Awaited<ReturnType<typeof addMember>>;
let report: Awaited<ReturnType<typeof addMember>>;
let accounts: { id: string; version: number }[] = [];
let projectId = "";

async function addAccounts(amId: string, n: number, label: string) {
  const made = [];
  for (let i = 0; i < n; i++) {
    made.push(
      await db.admin.account.create({
        data: {
          agencyId: a.agency.id,
          clientId: a.client.id,
          amId,
          name: `${label} ${i + 1}`,
          startDate: new Date("2026-01-01"),
        },
        select: { id: true, version: true },
      }),
    );
  }
  return made;
}
const movesTo = (split: (i: number) => string) =>
  accounts.map((acc, i) => ({ accountId: acc.id, expectedVersion: acc.version, toAmId: split(i) }));

const expectRejected = (result: Promise<unknown>, field: string, code = "invalid") =>
  expectInvalidUnchanged(withChangeEvents(db.admin, a.agency.id, peopleState), result, field, code);
const expectRefused = (call: () => Promise<unknown>, code: "forbidden" | "not_found" | "conflict") =>
  expectRefusedUnchanged(() => peopleState(db.admin), call, code);

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s); // Alpha has 8 employees: a small agency, guideline max 8 (weighted)
  leaver = await addMember(db.admin, a.agency.id, ["AM"], { label: "leaver" });
  receiver1 = await addMember(db.admin, a.agency.id, ["AM"], { label: "r1" });
  receiver2 = await addMember(db.admin, a.agency.id, ["AM"], { label: "r2" });
  report = await addMember(db.admin, a.agency.id, ["AM"], { label: "report" });
  accounts = await addAccounts(leaver.membership.id, 8, "Leaver account");
  await addAccounts(receiver1.membership.id, 2, "R1 account");
  await db.admin.personProfile.create({
    data: { agencyId: a.agency.id, membershipId: report.membership.id, managerId: leaver.membership.id },
  });
  projectId = (
    await db.admin.project.create({
      data: {
        agencyId: a.agency.id,
        accountId: accounts[0]!.id,
        pmId: leaver.membership.id,
        name: "Relaunch",
        status: "ON_TRACK",
      },
    })
  ).id;
});

describe("members.deactivate refuses orphans", () => {
  it("a member who owns accounts, manages people or runs projects cannot simply be deactivated", async () => {
    signInAsMember(a, "leader");
    const before = await peopleState(db.admin);
    const result = await members.deactivateMember(a.agency.slug, { membershipId: leaver.membership.id });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(result.ok ? "" : result.message).toContain("8 accounts, 1 person they manage, 1 open project");
    expect(await peopleState(db.admin)).toEqual(before);
  });

  it("the members page reads what each member holds, to offer the handover in place of Deactivate", async () => {
    const ids = [leaver.membership.id, receiver1.membership.id, receiver2.membership.id];
    const holdings = await withTenant(a.agency.id, a.users.leader.id, (tx) => readHoldings(tx, a.agency.id, ids));
    expect(Object.fromEntries(holdings)).toEqual({
      [leaver.membership.id]: "8 accounts, 1 person they manage, 1 open project",
      [receiver1.membership.id]: "2 accounts",
      [receiver2.membership.id]: null,
    });
  });
});

describe("people.applyHandover", () => {
  it("rejects a handover that would orphan an account, overload a receiver, or leave projects without a PM", async () => {
    signInAsMember(a, "leader");
    const id = leaver.membership.id;
    const half = (i: number) => (i % 2 ? receiver1.membership.id : receiver2.membership.id);
    await expectRejected(
      people.applyHandover(a.agency.slug, {
        membershipId: id,
        moves: movesTo(half).slice(1),
        projectsTo: receiver2.membership.id,
      }),
      "moves",
    );
    // receiver1 already has 2: all 8 would make 10 > 8.
    await expectRejected(
      people.applyHandover(a.agency.slug, {
        membershipId: id,
        moves: movesTo(() => receiver1.membership.id),
        projectsTo: receiver2.membership.id,
      }),
      "moves.0.toAmId",
    );
    await expectRejected(people.applyHandover(a.agency.slug, { membershipId: id, moves: movesTo(half) }), "projectsTo");
    await expectRejected(
      people.applyHandover(a.agency.slug, {
        membershipId: id,
        moves: movesTo(() => a.memberships.pm.id),
        projectsTo: receiver2.membership.id,
      }),
      "moves.0.toAmId",
    );
    await expectRejected(
      people.applyHandover(a.agency.slug, { membershipId: id, moves: [{ accountId: "x" }] }),
      "moves.0.accountId",
    );
  });

  it("a stale account version is a conflict and changes nothing", async () => {
    signInAsMember(a, "leader");
    const moves = movesTo((i) => (i % 2 ? receiver1.membership.id : receiver2.membership.id));
    moves[3] = { ...moves[3]!, expectedVersion: 99 };
    await expectRefused(
      () =>
        people.applyHandover(a.agency.slug, {
          membershipId: leaver.membership.id,
          moves,
          projectsTo: receiver2.membership.id,
        }),
      "conflict",
    );
  });

  it("is forbidden to AMs and PMs, and invisible across agencies", async () => {
    const input = {
      membershipId: leaver.membership.id,
      moves: movesTo(() => receiver2.membership.id),
      projectsTo: receiver2.membership.id,
    };
    for (const user of [a.users.am, a.users.pm]) {
      signInAs(user);
      await expectRefused(() => people.applyHandover(a.agency.slug, input), "forbidden");
    }
    signInAsMember(b, "leader");
    await expectRefused(() => people.applyHandover(b.agency.slug, input), "not_found");
  });

  it("moves every account, the reports and the projects, deactivates the leaver, all audited", async () => {
    signInAsMember(a, "leader");
    const result = await people.applyHandover(a.agency.slug, {
      membershipId: leaver.membership.id,
      moves: movesTo((i) => (i < 3 ? receiver1.membership.id : receiver2.membership.id)),
      reportsTo: receiver1.membership.id,
      projectsTo: receiver2.membership.id,
    });
    expect(result).toMatchObject({ ok: true, data: { accounts: 8, reports: 1, projects: 1 } });
    expect(await db.admin.account.count({ where: { amId: leaver.membership.id } })).toBe(0);
    expect(await db.admin.account.count({ where: { amId: receiver2.membership.id } })).toBe(5);
    expect((await db.admin.project.findUniqueOrThrow({ where: { id: projectId } })).pmId).toBe(receiver2.membership.id);
    const reportProfile = await db.admin.personProfile.findFirstOrThrow({
      where: { membershipId: report.membership.id },
    });
    expect(reportProfile.managerId).toBe(receiver1.membership.id);
    expect((await db.admin.membership.findUniqueOrThrow({ where: { id: leaver.membership.id } })).active).toBe(false);
    const leaverProfile = await db.admin.personProfile.findFirstOrThrow({
      where: { membershipId: leaver.membership.id },
    });
    expect(leaverProfile.leftAt).not.toBeNull();
    expect(await db.admin.auditEvent.count({ where: { agencyId: a.agency.id, action: "account.reassigned" } })).toBe(8);
    expect(
      await db.admin.auditEvent.count({ where: { action: "people.handover_applied", entityId: leaver.membership.id } }),
    ).toBe(1);
    expect(
      await db.admin.auditEvent.count({ where: { action: "member.deactivated", entityId: leaver.membership.id } }),
    ).toBe(1);
  });
});

describe("the structure-first review's facts", () => {
  it("reads a receiver's recent reassignments, plans and role in two queries, under row-level security", async () => {
    const { withTenant } = await import("../../lib/db/tenant");
    const { readReviewFacts } = await import("../../lib/domain/people/review-queries");
    const facts = await withTenant(a.agency.id, a.users.leader.id, (tx) =>
      readReviewFacts(tx, a.agency.id, receiver2.membership.id, new Date()),
    );
    expect(facts).toMatchObject({
      roles: ["AM"],
      incoming: 5,
      outgoing: 0,
      accounts: 5,
      withoutGrowthPlan: 5,
      openAsPm: 1,
      openItems: 0,
      lastHeldOn: null,
      offTrackElsewhere: [],
    });
  });
});
