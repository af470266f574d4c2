import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaForPostgres, type Db } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { databaseUrl } from "../support/postgres";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { updateStatus } = await import("../../lib/actions/projects");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;
/** The app's client for this file: a pool big enough for 50 updates racing on one row. */
let app: Db;

async function newProject(f: AgencyFixture, pmId = f.memberships.pm.id) {
  return db.admin.project.create({
    data: {
      agencyId: f.agency.id,
      accountId: f.account.id,
      pmId,
      name: `Project ${Math.random().toString(36).slice(2, 8)}`,
      budget: "10000.00",
      spent: "1000.00",
      percentComplete: 10,
      status: "ON_TRACK",
    },
  });
}

const update = (project: { id: string; version: number }, overrides: Record<string, unknown> = {}) => ({
  projectId: project.id,
  expectedVersion: project.version,
  status: "ON_TRACK",
  percentComplete: 20,
  spent: "1500.50",
  note: "",
  ...overrides,
});

async function snapshotOf(projectId: string) {
  const project = await db.admin.project.findUniqueOrThrow({ where: { id: projectId } });
  const updates = await db.admin.projectUpdate.findMany({ where: { projectId }, orderBy: { version: "asc" } });
  return { project: { ...project, spent: project.spent.toFixed(2), updatedAt: undefined }, updates };
}

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeAll(() => {
  app = createPrismaForPostgres(databaseUrl(db.database.name, db.appRole), 25);
  setAppDatabase(app);
});
afterAll(async () => app.$disconnect());
beforeEach(() => signInAsMember(a, "pm"));

describe("updating a project's status", () => {
  it("records the change, one history row and one audit event, and bumps the version", async () => {
    const project = await newProject(a);
    const result = await updateStatus(a.agency.slug, update(project, { status: "OFF_TRACK", note: "Client late" }));
    expect(result).toMatchObject({
      ok: true,
      data: { projectId: project.id, version: 2, status: "OFF_TRACK", percentComplete: 20, spent: "1500.50" },
    });
    const { project: after, updates } = await snapshotOf(project.id);
    expect(after).toMatchObject({ status: "OFF_TRACK", percentComplete: 20, spent: "1500.50", version: 2 });
    expect(after.lastStatusAt.getTime()).toBeGreaterThan(project.lastStatusAt.getTime());
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      version: 2,
      fromStatus: "ON_TRACK",
      toStatus: "OFF_TRACK",
      note: "Client late",
      authorId: a.memberships.pm.id,
      percentComplete: 20,
    });
    const events = await db.admin.auditEvent.findMany({
      where: { agencyId: a.agency.id, action: "project.status_updated", entityId: project.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: a.users.pm.id, after: { status: "OFF_TRACK", version: 2 } });
  });

  it("50 concurrent updates based on the same version: exactly one wins, 49 conflict, nothing lost or duplicated", async () => {
    const project = await newProject(a);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        updateStatus(a.agency.slug, update(project, { percentComplete: i + 1, note: `update ${i + 1}` })),
      ),
    );
    const wins = results.filter((r) => r.ok);
    const conflicts = results.filter((r) => !r.ok && r.code === "conflict");
    expect(wins).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const c of conflicts) {
      expect(c).toMatchObject({
        message: expect.stringMatching(/^Changed by Alpha pm at .+ — review and retry\.$/),
        current: { version: 2, status: "ON_TRACK" },
      });
    }
    const winner = wins[0]!.ok ? wins[0]!.data : null;
    const { project: after, updates } = await snapshotOf(project.id);
    expect(after.version).toBe(2);
    expect(after.percentComplete).toBe(winner!.percentComplete);
    expect(updates.map((u) => u.version)).toEqual([2]);
    expect(updates[0]!.percentComplete).toBe(winner!.percentComplete);
    expect(await db.admin.auditEvent.count({ where: { action: "project.status_updated", entityId: project.id } })).toBe(
      1,
    );
  });

  it("50 concurrent writers that each retry on conflict: all 50 land, one version and one history row each", async () => {
    const project = await newProject(a);
    const writer = async (i: number) => {
      let version = project.version;
      for (let attempt = 0; attempt < 200; attempt++) {
        const r = await updateStatus(a.agency.slug, update({ id: project.id, version }, { percentComplete: i }));
        if (r.ok) return attempt;
        expect(r.code).toBe("conflict");
        version = (r.current as { version: number }).version;
      }
      throw new Error("writer starved");
    };
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer(i + 1)));
    const { project: after, updates } = await snapshotOf(project.id);
    expect(after.version).toBe(project.version + 50);
    expect(updates.map((u) => u.version)).toEqual(Array.from({ length: 50 }, (_, i) => project.version + 1 + i));
    expect(new Set(updates.map((u) => u.percentComplete)).size).toBe(50);
    expect(after.percentComplete).toBe(updates.at(-1)!.percentComplete);
  });

  it("refuses a stale version with who changed it, when, and the current values", async () => {
    const project = await newProject(a);
    signInAsMember(a, "leader");
    expect(await updateStatus(a.agency.slug, update(project, { percentComplete: 55 }))).toMatchObject({ ok: true });
    signInAsMember(a, "pm");
    const stale = await updateStatus(a.agency.slug, update(project, { percentComplete: 60 }));
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/^Changed by Alpha leader at \d+ \w+ \d{4}, \d\d:\d\d UTC — review and retry\.$/),
      current: { version: 2, percentComplete: 55, spent: "1500.50", status: "ON_TRACK", changedBy: "Alpha leader" },
    });
    expect((await snapshotOf(project.id)).project.percentComplete).toBe(55);
  });

  it("refuses invalid input with field errors and changes nothing", async () => {
    const project = await newProject(a);
    const before = await snapshotOf(project.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ percentComplete: 101 }, "percentComplete"],
      [{ percentComplete: -1 }, "percentComplete"],
      [{ percentComplete: 12.5 }, "percentComplete"],
      [{ spent: "-1" }, "spent"],
      [{ spent: -1 }, "spent"],
      [{ spent: "12.345" }, "spent"],
      [{ spent: "99999999999" }, "spent"],
      [{ status: "OFF_TRACK", note: "" }, "note"],
      [{ status: "AT_RISK", note: "   " }, "note"],
      [{ status: "ON_FIRE" }, "status"],
      [{ projectId: "not-a-uuid" }, "projectId"],
      [{ note: "x".repeat(2001) }, "note"],
    ];
    for (const [overrides, field] of cases) {
      const result = await updateStatus(a.agency.slug, update(project, overrides));
      expect(result, JSON.stringify(overrides)).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { [field]: expect.any(Array) },
      });
    }
    expect(await snapshotOf(project.id)).toEqual(before);
  });

  it("lets a PM update only projects they manage (refusal audited); a leader may update any", async () => {
    const otherPm = await db.admin.membership.create({
      data: {
        agencyId: a.agency.id,
        userId: (
          await db.admin.user.create({ data: { email: `pm2.${Date.now()}@a.test`, name: "PM 2", passwordHash: "x" } })
        ).id,
        roles: ["PM"],
      },
    });
    const project = await newProject(a, otherPm.id);
    const before = await snapshotOf(project.id);
    expect(await updateStatus(a.agency.slug, update(project))).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await db.admin.auditEvent.count({
        where: {
          agencyId: a.agency.id,
          action: "access.denied",
          actorId: a.users.pm.id,
          entityId: "projects.updateStatus",
        },
      }),
    ).toBe(1);
    signInAsMember(a, "am");
    expect(await updateStatus(a.agency.slug, update(project))).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(a, "viewer");
    expect(await updateStatus(a.agency.slug, update(project))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshotOf(project.id)).toEqual(before);
    signInAsMember(a, "leader");
    expect(await updateStatus(a.agency.slug, update(project))).toMatchObject({ ok: true, data: { version: 2 } });
  });

  it("treats another agency's project as not found and leaves it unchanged", async () => {
    const foreign = await newProject(b);
    const before = await snapshotOf(foreign.id);
    signInAsMember(a, "leader");
    expect(await updateStatus(a.agency.slug, update(foreign))).toMatchObject({ ok: false, code: "not_found" });
    expect(await updateStatus(b.agency.slug, update(foreign))).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshotOf(foreign.id)).toEqual(before);
  });
});
