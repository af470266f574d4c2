import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasDemoAgencies, listDemoDirectory } from "@/lib/domain/agencies/demo-directory";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
import { addMember } from "../factories/members";

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
