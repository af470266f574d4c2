import { NextRequest } from "next/server";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { expectInvalidUnchanged, expectRefusedUnchanged, withChangeEvents } from "../support/refusals";
import { withTenant } from "../../lib/db/tenant";
import { EXPORT_KINDS } from "../../lib/domain/export/filters";
import { readOneOnOnePage } from "../../lib/domain/people/one-on-one-page";
import { readPeopleRows } from "../../lib/domain/people/queries";
import { peopleState } from "../support/people-state";
import { databaseUrl } from "../support/postgres";
import { signInAs } from "../support/session";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const people = await import("../../lib/actions/people");
const exportRoute = await import("../../app/api/agencies/[agency]/export/[kind]/route");
const portfolioRoute = await import("../../app/api/agencies/[agency]/portfolio/route");

/** Words that only ever appear in the private 1:1 record. */
const SECRET = "zebra-confidential-coaching";

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
let manager: Awaited<ReturnType<typeof addMember>>;
let otherAm: Awaited<ReturnType<typeof addMember>>;
let oneOnOneId = "";
let actionId = "";

const record = (amId: string, extra: Record<string, unknown> = {}) => ({
  amId,
  heldOn: "2026-11-25",
  topics: `Workload and the renewal (${SECRET})`,
  coachingNotes: `Practise the pricing conversation ${SECRET}`,
  questions: "When is the next level review?",
  actions: "Draft the renewal proposal\nBook the negotiation course",
  actionsDueDate: "2026-12-15",
  ...extra,
});

const expectRejected = (result: Promise<unknown>, field: string) =>
  expectInvalidUnchanged(withChangeEvents(db.admin, a.agency.id, peopleState), result, field);
const expectRefused = (call: () => Promise<unknown>, code: "forbidden" | "not_found") =>
  expectRefusedUnchanged(() => peopleState(db.admin), call, code);

setUpTwoAgencies(async (s) => {
  ({ db, a, b } = s);
  manager = await addMember(db.admin, a.agency.id, ["AM"], { label: "senior-am" });
  otherAm = await addMember(db.admin, a.agency.id, ["AM"], { label: "other-am" });
  await db.admin.personProfile.create({
    data: {
      agencyId: a.agency.id,
      membershipId: a.memberships.am.id,
      managerId: manager.membership.id,
      managerSince: new Date("2026-01-01"),
    },
  });
});

describe("people.recordOneOnOne and people.setOneOnOneActionDone", () => {
  it("the manager records a 1:1 with actions, audited without the notes; the AM ticks an action", async () => {
    signInAs(manager.user);
    const result = await people.recordOneOnOne(a.agency.slug, record(a.memberships.am.id));
    expect(result.ok).toBe(true);
    oneOnOneId = result.ok ? result.data.oneOnOneId : "";
    const actions = await db.admin.oneOnOneAction.findMany({ where: { oneOnOneId }, orderBy: { title: "asc" } });
    expect(actions.map((x) => [x.title, x.amId, x.managerId])).toEqual([
      ["Book the negotiation course", a.memberships.am.id, manager.membership.id],
      ["Draft the renewal proposal", a.memberships.am.id, manager.membership.id],
    ]);
    actionId = actions[1]!.id;
    const event = await db.admin.auditEvent.findFirstOrThrow({
      where: { action: "people.one_on_one_recorded", entityId: oneOnOneId },
    });
    expect(event.after).toEqual({
      amId: a.memberships.am.id,
      managerId: manager.membership.id,
      heldOn: "2026-11-25",
      actions: 2,
    });
    expect(JSON.stringify(event.after)).not.toContain(SECRET);

    signInAsMember(a, "am");
    expect(await people.setOneOnOneActionDone(a.agency.slug, { actionId, done: true })).toMatchObject({ ok: true });
    expect((await db.admin.oneOnOneAction.findUniqueOrThrow({ where: { id: actionId } })).doneAt).not.toBeNull();
    expect(
      await db.admin.auditEvent.count({ where: { action: "people.one_on_one_action_done", entityId: actionId } }),
    ).toBe(1);
  });

  it("a leader records one too", async () => {
    signInAsMember(a, "leader");
    expect(await people.recordOneOnOne(a.agency.slug, record(a.memberships.am.id, { actions: "" }))).toMatchObject({
      ok: true,
    });
  });

  it("rejects bad input with field errors and changes nothing", async () => {
    signInAs(manager.user);
    const am = a.memberships.am.id;
    await expectRejected(people.recordOneOnOne(a.agency.slug, record(am, { topics: "" })), "topics");
    await expectRejected(people.recordOneOnOne(a.agency.slug, record(am, { heldOn: "2099-01-01" })), "heldOn");
    await expectRejected(people.recordOneOnOne(a.agency.slug, record(am, { actions: Array(11).fill("x") })), "actions");
    await expectRejected(
      people.recordOneOnOne(a.agency.slug, record(am, { coachingNotes: "n".repeat(4001) })),
      "coachingNotes",
    );
    await expectRejected(people.setOneOnOneActionDone(a.agency.slug, { actionId, done: "maybe" }), "done");
  });

  it("refuses the wrong role and person: the AM about themselves, another AM, a PM; other agencies see nothing", async () => {
    signInAsMember(a, "am");
    await expectRefused(() => people.recordOneOnOne(a.agency.slug, record(a.memberships.am.id)), "forbidden");
    signInAs(otherAm.user);
    await expectRefused(() => people.recordOneOnOne(a.agency.slug, record(a.memberships.am.id)), "not_found");
    await expectRefused(() => people.setOneOnOneActionDone(a.agency.slug, { actionId, done: false }), "not_found");
    signInAsMember(a, "pm");
    await expectRefused(() => people.recordOneOnOne(a.agency.slug, record(a.memberships.am.id)), "forbidden");
    await expectRefused(() => people.setOneOnOneActionDone(a.agency.slug, { actionId, done: false }), "forbidden");
    signInAsMember(b, "leader");
    await expectRefused(() => people.setOneOnOneActionDone(b.agency.slug, { actionId, done: false }), "not_found");
    await expectRefused(() => people.recordOneOnOne(b.agency.slug, record(a.memberships.am.id)), "not_found");
  });
});

describe("1:1 privacy", () => {
  const asMember = <T>(userId: string, agencyId: string, work: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(agencyId, userId, work);

  it("the AM, their manager and a leader read the 1:1; a PM, a viewer and another AM read nothing", async () => {
    const visible = async (userId: string) =>
      (
        await asMember(userId, a.agency.id, (tx) =>
          readOneOnOnePage(tx, a.agency.id, a.memberships.am.id, { size: 10 }),
        )
      ).page.items.length;
    expect(await visible(a.users.am.id)).toBe(2);
    expect(await visible(manager.user.id)).toBe(2);
    expect(await visible(a.users.leader.id)).toBe(2);
    expect(await visible(a.users.pm.id)).toBe(0);
    expect(await visible(a.users.viewer.id)).toBe(0);
    expect(await visible(otherAm.user.id)).toBe(0);
    // Even a query that names nothing but the agency finds nothing for them (row-level security, not the where clause).
    const everything = (userId: string) =>
      asMember(userId, a.agency.id, async (tx) => [
        ...(await tx.oneOnOne.findMany({ where: { agencyId: a.agency.id }, select: { id: true } })),
        ...(await tx.oneOnOneAction.findMany({ where: { agencyId: a.agency.id }, select: { id: true } })),
      ]);
    expect(await everything(otherAm.user.id)).toEqual([]);
    expect(await everything(a.users.pm.id)).toEqual([]);
    // The people list shows another AM only themselves.
    const rows = await asMember(otherAm.user.id, a.agency.id, (tx) =>
      readPeopleRows(tx, a.agency.id, { membershipId: otherAm.membership.id, leads: false }),
    );
    expect(rows.map((r) => r.id)).toEqual([otherAm.membership.id]);
  });

  it("raw SQL under the app role: RLS returns no rows and refuses writes for someone outside the pair", async () => {
    const client = new pg.Client({ connectionString: databaseUrl(db.database.name, db.appRole) });
    await client.connect();
    const as = async (userId: string) => {
      await client.query("BEGIN");
      await client.query("SET LOCAL ROLE accountable_app");
      await client.query("SELECT set_config('app.agency_id', $1, true), set_config('app.user_id', $2, true)", [
        a.agency.id,
        userId,
      ]);
    };
    try {
      for (const outsider of [otherAm.user.id, a.users.pm.id]) {
        await as(outsider);
        expect((await client.query(`SELECT * FROM "OneOnOne"`)).rows).toEqual([]);
        expect((await client.query(`SELECT * FROM "OneOnOneAction"`)).rows).toEqual([]);
        expect((await client.query(`UPDATE "OneOnOneAction" SET "doneAt" = NULL`)).rowCount).toBe(0);
        await expect(
          client.query(
            `INSERT INTO "OneOnOne" ("agencyId", "amId", "managerId", "heldOn", "topics") VALUES ($1, $2, $3, '2026-11-01', 'x')`,
            [a.agency.id, a.memberships.am.id, manager.membership.id],
          ),
        ).rejects.toThrow(/row-level security/);
        await client.query("ROLLBACK");
      }
      await as(manager.user.id);
      expect((await client.query(`SELECT "id" FROM "OneOnOne"`)).rows).toHaveLength(2);
      await client.query("ROLLBACK");
      // No app.user_id at all (a background job, a forgotten setting): nothing.
      await as("");
      expect((await client.query(`SELECT * FROM "OneOnOne"`)).rows).toEqual([]);
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
  });

  it("no export and no API carries the notes, whoever downloads", async () => {
    for (const user of [a.users.pm, a.users.leader, otherAm.user]) {
      signInAs(user);
      for (const kind of EXPORT_KINDS) {
        const request = new NextRequest(`http://localhost/api/agencies/${a.agency.slug}/export/${kind}`);
        const response = await exportRoute.GET(request, { params: Promise.resolve({ agency: a.agency.slug, kind }) });
        expect(await response.text()).not.toContain(SECRET);
      }
      const request = new NextRequest(`http://localhost/api/agencies/${a.agency.slug}/portfolio`);
      const response = await portfolioRoute.GET(request, { params: Promise.resolve({ agency: a.agency.slug }) });
      expect(await response.text()).not.toContain(SECRET);
    }
  });
});
