import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logAccessDenied, NON_MEMBER_AUDIT_BOUND } from "@/lib/audit/access-denied";
import { hasDemoAgencies, listDemoDirectory } from "@/lib/domain/agencies/demo-directory";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { addMember, addUser } from "../factories/members";

/**
 * What anonymous visitors can learn. The home page's demo directory and the demo sign-ins on /sign-in are shown only
 * for agencies the demo seed flagged (Agency.isDemo), never for a real agency that took a demo slug.
 */
let db: AppTestDatabase;

beforeAll(async () => {
  db = await useAppTestDatabase();
});
afterAll(async () => db.close());

describe("the public demo directory", () => {
  it("lists nothing for a real (non-demo) agency named Northwind on the demo slug", async () => {
    const agency = await db.admin.agency.create({ data: { name: "Northwind", slug: "northwind", employeeCount: 45 } });
    await addMember(db.admin, agency.id, ["AM"], { label: "real-am" });
    expect(await listDemoDirectory()).toEqual([]);
    expect(await hasDemoAgencies()).toBe(false);
  });

  it("lists an agency the demo seed flagged, whatever its slug", async () => {
    const agency = await db.admin.agency.create({
      data: { name: "Demo Studio", slug: "any-slug-at-all", employeeCount: 8, isDemo: true },
    });
    await addMember(db.admin, agency.id, ["AM"], { label: "demo-am" });
    const directory = await listDemoDirectory();
    expect(directory.map((entry) => entry.name)).toEqual(["Demo Studio"]);
    expect(directory[0]!.accountManagers).toHaveLength(1);
    expect(await hasDemoAgencies()).toBe(true);
  });
});

describe("refused visits by non-members", () => {
  it("write a bounded number of rows into the probed agency's audit log", async () => {
    const probed = await db.admin.agency.create({ data: { name: "Probed", slug: "probed", employeeCount: 5 } });
    const denied = () =>
      db.admin.auditEvent.count({ where: { agencyId: probed.id, action: "access.denied", entityType: "Page" } });
    const prober = await addUser(db.admin, "prober");
    for (let i = 0; i < 30; i++) await logAccessDenied(probed.id, prober.id, "not_member", `/probed?try=${i}`);
    expect(await denied()).toBe(1); // one prober: one row per window

    const crowd = await Promise.all(Array.from({ length: 30 }, (_, i) => addUser(db.admin, `crowd${i}`)));
    await Promise.all(crowd.map((user) => logAccessDenied(probed.id, user.id, "not_member", "/probed")));
    expect(await denied()).toBe(NON_MEMBER_AUDIT_BOUND.perAgencyPerHour); // many probers: a cap per agency
  });
});
