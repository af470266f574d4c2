import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { addMember } from "../factories/members";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);
const { archiveProject, bulkUpdateStatus, createProject, editProject } = await import("../../lib/actions/projects");

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

function newProject(f: AgencyFixture, pmId = f.memberships.pm.id) {
  return db.admin.project.create({
    data: { agencyId: f.agency.id, accountId: f.account.id, pmId, name: "Site rebuild", status: "ON_TRACK" },
  });
}

setUpTwoAgencies((s) => ({ db, a, b } = s));
beforeEach(() => signInAsMember(a, "leader"));

describe("creating, editing and archiving projects", () => {
  it("a leader creates a project at version 1 with no history row, audited", async () => {
    const result = await createProject(a.agency.slug, {
      accountId: a.account.id,
      pmId: a.memberships.pm.id,
      name: "Brand refresh",
      startDate: "2026-11-01",
      dueDate: "2027-01-31",
      budget: "25000",
    });
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const projectId = result.ok ? result.data.projectId : "";
    const project = await db.admin.project.findUniqueOrThrow({ where: { id: projectId } });
    expect(project).toMatchObject({ agencyId: a.agency.id, status: "NOT_STARTED", version: 1 });
    expect(project.budget.toFixed(2)).toBe("25000.00");
    expect(await db.admin.projectUpdate.count({ where: { projectId } })).toBe(0);
    expect(await db.admin.auditEvent.count({ where: { action: "project.created", entityId: projectId } })).toBe(1);
  });

  it("refuses a PM creating, a non-PM as manager, bad dates and another agency's account", async () => {
    const input = { accountId: a.account.id, pmId: a.memberships.pm.id, name: "X project", budget: "10" };
    signInAsMember(a, "pm");
    expect(await createProject(a.agency.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(a, "leader");
    expect(await createProject(a.agency.slug, { ...input, pmId: a.memberships.am.id })).toMatchObject({
      code: "invalid",
      fieldErrors: { pmId: expect.any(Array) },
    });
    expect(
      await createProject(a.agency.slug, { ...input, startDate: "2026-12-01", dueDate: "2026-11-01" }),
    ).toMatchObject({ code: "invalid", fieldErrors: { dueDate: expect.any(Array) } });
    for (const [field, value] of [
      ["dueDate", "20266-01-01"],
      ["dueDate", `${new Date().getUTCFullYear() + 11}-01-01`],
      ["startDate", "1999-12-31"],
      ["budget", "-5"],
      ["budget", "12.345"],
      ["name", "x".repeat(161)],
    ] as const) {
      expect(await createProject(a.agency.slug, { ...input, [field]: value }), `${field}=${value}`).toMatchObject({
        code: "invalid",
        fieldErrors: { [field]: expect.any(Array) },
      });
    }
    expect(await createProject(a.agency.slug, { ...input, accountId: b.account.id })).toMatchObject({
      code: "not_found",
    });
    expect(await db.admin.project.count({ where: { agencyId: a.agency.id, name: "X project" } })).toBe(0);
  });

  it("a PM edits their own project (not its PM), bumping the version; a stale edit conflicts", async () => {
    const project = await newProject(a);
    signInAsMember(a, "pm");
    const edit = { projectId: project.id, expectedVersion: 1, name: "Site rebuild v2", budget: "5000.5" };
    expect(await editProject(a.agency.slug, edit)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await editProject(a.agency.slug, edit)).toMatchObject({ ok: false, code: "conflict" });
    const other = await addMember(db.admin, a.agency.id, ["PM"], { label: "pm2" });
    expect(await editProject(a.agency.slug, { ...edit, expectedVersion: 2, pmId: other.membership.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const foreignPmProject = await newProject(a, other.membership.id);
    expect(
      await editProject(a.agency.slug, { ...edit, projectId: foreignPmProject.id, expectedVersion: 1 }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    signInAsMember(a, "leader");
    expect(await editProject(a.agency.slug, { ...edit, expectedVersion: 2, pmId: other.membership.id })).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
    expect(await db.admin.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      name: "Site rebuild v2",
      pmId: other.membership.id,
      version: 3,
    });
  });

  it("archives for leaders only, with the version it saw", async () => {
    const project = await newProject(a);
    signInAsMember(a, "pm");
    expect(await archiveProject(a.agency.slug, { projectId: project.id, expectedVersion: 1 })).toMatchObject({
      code: "forbidden",
    });
    signInAsMember(a, "leader");
    expect(await archiveProject(a.agency.slug, { projectId: project.id, expectedVersion: 1 })).toMatchObject({
      ok: true,
    });
    expect((await db.admin.project.findUniqueOrThrow({ where: { id: project.id } })).archivedAt).not.toBeNull();
    expect(await archiveProject(a.agency.slug, { projectId: project.id, expectedVersion: 2 })).toMatchObject({
      code: "not_found",
    });
  });
});

describe("bulk status update", () => {
  it("applies each item on its own and reports per item: ok, conflict, forbidden, not found", async () => {
    const mine = await newProject(a);
    const stale = await newProject(a);
    await db.admin.project.update({ where: { id: stale.id }, data: { version: 5 } });
    const other = await addMember(db.admin, a.agency.id, ["PM"], { label: "pm3" });
    const notMine = await newProject(a, other.membership.id);
    const foreign = await newProject(b);
    signInAsMember(a, "pm");
    const result = await bulkUpdateStatus(a.agency.slug, {
      items: [mine, stale, notMine, foreign].map((p) => ({ projectId: p.id, expectedVersion: 1 })),
      status: "ON_HOLD",
      note: "Client paused all work",
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        updated: 1,
        results: [
          { projectId: mine.id, ok: true, version: 2 },
          { projectId: stale.id, ok: false, code: "conflict", current: { version: 5 } },
          { projectId: notMine.id, ok: false, code: "forbidden" },
          { projectId: foreign.id, ok: false, code: "not_found" },
        ],
      },
    });
    expect(await db.admin.projectUpdate.findMany({ where: { agencyId: a.agency.id } })).toEqual([
      expect.objectContaining({ projectId: mine.id, toStatus: "ON_HOLD", note: "Client paused all work", version: 2 }),
    ]);
    expect((await db.admin.project.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("ON_TRACK");
    expect(
      await db.admin.auditEvent.count({
        where: { agencyId: a.agency.id, action: "access.denied", entityId: "projects.bulkUpdateStatus" },
      }),
    ).toBe(2);
  });

  it("requires a note for Off track and at least one project", async () => {
    const project = await newProject(a);
    expect(
      await bulkUpdateStatus(a.agency.slug, {
        items: [{ projectId: project.id, expectedVersion: 1 }],
        status: "OFF_TRACK",
      }),
    ).toMatchObject({ code: "invalid", fieldErrors: { note: expect.any(Array) } });
    expect(await bulkUpdateStatus(a.agency.slug, { items: [], status: "DONE" })).toMatchObject({
      code: "invalid",
      fieldErrors: { items: expect.any(Array) },
    });
    expect((await db.admin.project.findUniqueOrThrow({ where: { id: project.id } })).version).toBe(1);
  });
});
