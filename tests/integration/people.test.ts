import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { expectInvalidUnchanged, expectRefusedUnchanged, withChangeEvents } from "../support/refusals";
import { COMPETENCIES } from "../../lib/domain/people/competencies";
import { peopleState } from "../support/people-state";
import { signInAs } from "../support/session";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const people = await import("../../lib/actions/people");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let otherAm: Awaited<ReturnType<typeof addMember>>;

const expectations = (score: number) =>
  Object.fromEntries(COMPETENCIES.map((c) => [c, { minScore: String(score), description: `${c} text` }]));
const ladderOf = (agencyId: string) =>
  db.admin.careerLevel.findMany({
    where: { agencyId },
    orderBy: { rank: "asc" },
    select: { id: true, version: true, name: true },
  });

const expectRejected = (result: Promise<unknown>, field: string) =>
  expectInvalidUnchanged(withChangeEvents(db.admin, a.agency.id, peopleState), result, field);
const expectRefused = (call: () => Promise<unknown>, code: "forbidden" | "not_found") =>
  expectRefusedUnchanged(() => peopleState(db.admin), call, code);
const audited = (action: string, entityId: string) =>
  db.admin.auditEvent.findFirstOrThrow({ where: { action, entityId }, orderBy: { id: "desc" } });

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  otherAm = await addMember(db.admin, a.agency.id, ["AM"], { label: "other-am" });
});

describe("the default career ladder", () => {
  it("every new agency gets five levels with an expectation per competency", async () => {
    const levels = await db.admin.careerLevel.findMany({
      where: { agencyId: a.agency.id },
      orderBy: { rank: "asc" },
      include: { expectations: true },
    });
    expect(levels.map((l) => l.name)).toEqual([
      "Account Executive",
      "Account Manager",
      "Senior Account Manager",
      "Account Director",
      "Client Services Director",
    ]);
    expect(levels.every((l) => l.expectations.length === 5)).toBe(true);
  });
});

describe("people.editLevel", () => {
  it("a leader edits a level, versioned and audited", async () => {
    signInAsMember(a, "leader");
    const [level] = await ladderOf(a.agency.id);
    const result = await people.editLevel(a.agency.slug, {
      levelId: level!.id,
      expectedVersion: level!.version,
      name: "Account Coordinator",
      summary: "First rung",
      expectations: expectations(2),
    });
    expect(result).toMatchObject({ ok: true, data: { version: level!.version + 1 } });
    const after = await db.admin.careerLevel.findUniqueOrThrow({
      where: { id: level!.id },
      include: { expectations: true },
    });
    expect(after).toMatchObject({ name: "Account Coordinator", summary: "First rung" });
    expect(after.expectations.every((e) => e.minScore === 2)).toBe(true);
    expect((await audited("people.level_edited", level!.id)).after).toMatchObject({ name: "Account Coordinator" });
    // The same (now stale) version again is a conflict, and nothing changes.
    const before = await peopleState(db.admin);
    expect(
      await people.editLevel(a.agency.slug, {
        levelId: level!.id,
        expectedVersion: level!.version,
        name: "Stale",
        expectations: expectations(3),
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
    expect(await peopleState(db.admin)).toEqual(before);
  });

  it("rejects bad input with field errors and changes nothing", async () => {
    signInAsMember(a, "leader");
    const [level, second] = await ladderOf(a.agency.id);
    const valid = { levelId: level!.id, expectedVersion: level!.version, name: "X", expectations: expectations(3) };
    await expectRejected(people.editLevel(a.agency.slug, { ...valid, name: "" }), "name");
    await expectRejected(
      people.editLevel(a.agency.slug, { ...valid, expectations: { ...expectations(3), DELIVERY: { minScore: "6" } } }),
      "expectations.DELIVERY.minScore",
    );
    await expectRejected(people.editLevel(a.agency.slug, { ...valid, name: second!.name }), "name");
  });

  it("is forbidden to an AM and invisible across agencies", async () => {
    const [level] = await ladderOf(a.agency.id);
    const input = {
      levelId: level!.id,
      expectedVersion: level!.version,
      name: "Hijack",
      expectations: expectations(1),
    };
    signInAsMember(a, "am");
    await expectRefused(() => people.editLevel(a.agency.slug, input), "forbidden");
    signInAsMember(b, "leader");
    await expectRefused(() => people.editLevel(b.agency.slug, input), "not_found");
  });
});

describe("people.setLevel and people.setManager", () => {
  it("a leader sets an AM's level and manager, audited", async () => {
    signInAsMember(a, "leader");
    const [, second] = await ladderOf(a.agency.id);
    expect(
      await people.setLevel(a.agency.slug, { membershipId: a.memberships.am.id, levelId: second!.id }),
    ).toMatchObject({ ok: true });
    expect(
      await people.setManager(a.agency.slug, {
        membershipId: a.memberships.am.id,
        managerId: otherAm.membership.id,
        cadenceDays: "21",
      }),
    ).toMatchObject({ ok: true });
    const profile = await db.admin.personProfile.findUniqueOrThrow({
      where: { agencyId_membershipId: { agencyId: a.agency.id, membershipId: a.memberships.am.id } },
    });
    expect(profile).toMatchObject({ levelId: second!.id, managerId: otherAm.membership.id, oneOnOneCadenceDays: 21 });
    expect(profile.managerSince).not.toBeNull();
    expect((await audited("people.level_set", a.memberships.am.id)).after).toMatchObject({ levelId: second!.id });
    expect((await audited("people.manager_set", a.memberships.am.id)).after).toMatchObject({ cadenceDays: 21 });
  });

  it("rejects bad input: unknown or foreign level, self-management, a PM as manager, a bad cadence", async () => {
    signInAsMember(a, "leader");
    const [foreignLevel] = await ladderOf(b.agency.id);
    const am = a.memberships.am.id;
    await expectRejected(people.setLevel(a.agency.slug, { membershipId: am, levelId: foreignLevel!.id }), "levelId");
    await expectRejected(people.setLevel(a.agency.slug, { membershipId: am, levelId: "nope" }), "levelId");
    await expectRejected(
      people.setManager(a.agency.slug, { membershipId: am, managerId: am, cadenceDays: 14 }),
      "managerId",
    );
    await expectRejected(
      people.setManager(a.agency.slug, { membershipId: am, managerId: a.memberships.pm.id, cadenceDays: 14 }),
      "managerId",
    );
    await expectRejected(
      people.setManager(a.agency.slug, { membershipId: am, managerId: "", cadenceDays: "0" }),
      "cadenceDays",
    );
  });

  it("is forbidden to AMs, PMs and viewers, and invisible across agencies", async () => {
    const [level] = await ladderOf(a.agency.id);
    for (const user of [a.users.am, a.users.pm, a.users.viewer]) {
      signInAs(user);
      await expectRefused(
        () => people.setLevel(a.agency.slug, { membershipId: a.memberships.am.id, levelId: level!.id }),
        "forbidden",
      );
    }
    signInAsMember(b, "leader");
    const [bLevel] = await ladderOf(b.agency.id);
    await expectRefused(
      () => people.setLevel(b.agency.slug, { membershipId: a.memberships.am.id, levelId: bLevel!.id }),
      "not_found",
    );
    await expectRefused(
      () => people.setManager(b.agency.slug, { membershipId: a.memberships.am.id, managerId: "", cadenceDays: 14 }),
      "not_found",
    );
  });
});

describe("development plan: assessments and items", () => {
  it("the AM records their own view, the manager theirs; goals and training are added and moved on, audited", async () => {
    signInAsMember(a, "am");
    const self = await people.recordAssessment(a.agency.slug, {
      membershipId: a.memberships.am.id,
      source: "SELF",
      assessedOn: "2026-11-20",
      scores: { RELATIONSHIP: "4", COMMERCIAL: "2" },
      evidence: { RELATIONSHIP: "The CMO calls me first." },
    });
    expect(self).toMatchObject({ ok: true, data: { count: 2 } });
    signInAs(otherAm.user); // the manager (set above)
    expect(
      await people.recordAssessment(a.agency.slug, {
        membershipId: a.memberships.am.id,
        source: "MANAGER",
        assessedOn: "2026-11-21",
        scores: { RELATIONSHIP: "3" },
        evidence: {},
      }),
    ).toMatchObject({ ok: true, data: { count: 1 } });
    const rows = await db.admin.assessment.findMany({
      where: { membershipId: a.memberships.am.id },
      orderBy: { score: "asc" },
    });
    expect(rows.map((r) => [r.source, r.competency, r.score])).toEqual([
      ["SELF", "COMMERCIAL", 2],
      ["MANAGER", "RELATIONSHIP", 3],
      ["SELF", "RELATIONSHIP", 4],
    ]);
    expect((await audited("people.assessed", a.memberships.am.id)).after).toMatchObject({ source: "MANAGER" });

    signInAsMember(a, "am");
    const item = await people.addDevelopmentItem(a.agency.slug, {
      membershipId: a.memberships.am.id,
      kind: "TRAINING",
      title: "Negotiation course",
      competency: "COMMERCIAL",
      dueDate: "2027-02-01",
    });
    expect(item.ok).toBe(true);
    const itemId = item.ok ? item.data.itemId : "";
    expect(await people.setDevelopmentItemStatus(a.agency.slug, { itemId, status: "IN_PROGRESS" })).toMatchObject({
      ok: true,
    });
    expect(await db.admin.developmentItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({
      status: "IN_PROGRESS",
    });
    expect((await audited("people.development_item_status", itemId)).after).toEqual({ status: "IN_PROGRESS" });
  });

  it("rejects bad input with field errors and changes nothing", async () => {
    signInAsMember(a, "am");
    const base = { membershipId: a.memberships.am.id, source: "SELF", assessedOn: "2026-11-20", evidence: {} };
    await expectRejected(people.recordAssessment(a.agency.slug, { ...base, scores: {} }), "scores");
    await expectRejected(
      people.recordAssessment(a.agency.slug, { ...base, scores: { DELIVERY: "0" } }),
      "scores.DELIVERY",
    );
    await expectRejected(
      people.recordAssessment(a.agency.slug, { ...base, assessedOn: "2099-01-01", scores: { DELIVERY: 3 } }),
      "assessedOn",
    );
    const item = { membershipId: a.memberships.am.id, kind: "GOAL", title: "x" };
    await expectRejected(people.addDevelopmentItem(a.agency.slug, { ...item, title: "" }), "title");
    await expectRejected(people.addDevelopmentItem(a.agency.slug, { ...item, kind: "HOBBY" }), "kind");
    await expectRejected(people.addDevelopmentItem(a.agency.slug, { ...item, dueDate: "2099-01-01" }), "dueDate");
  });

  it("refuses the wrong person: an AM's 'manager view' of themselves, another AM, a PM; other agencies see nothing", async () => {
    const managerViewOfAm = {
      membershipId: a.memberships.am.id,
      source: "MANAGER",
      assessedOn: "2026-11-20",
      scores: { RELATIONSHIP: 5 },
      evidence: {},
    };
    signInAsMember(a, "am");
    await expectRefused(() => people.recordAssessment(a.agency.slug, managerViewOfAm), "forbidden");
    // An AM who does not manage otherAm.
    await expectRefused(
      () =>
        people.addDevelopmentItem(a.agency.slug, { membershipId: otherAm.membership.id, kind: "GOAL", title: "Spy" }),
      "forbidden",
    );
    signInAsMember(a, "pm");
    await expectRefused(
      () => people.addDevelopmentItem(a.agency.slug, { membershipId: a.memberships.am.id, kind: "GOAL", title: "x" }),
      "forbidden",
    );
    signInAsMember(b, "leader");
    const itemId = (await db.admin.developmentItem.findFirstOrThrow({ where: { agencyId: a.agency.id } })).id;
    await expectRefused(() => people.setDevelopmentItemStatus(b.agency.slug, { itemId, status: "DONE" }), "not_found");
    await expectRefused(() => people.recordAssessment(b.agency.slug, managerViewOfAm), "not_found");
  });
});
