import pg from "pg";
import { describe, expect, it } from "vitest";
import { setUpTwoAgencies, type AgencyFixture, type AppTestDatabase } from "../support/scenario";
import { TenantScopeError } from "../../lib/db/tenant-guard";
import { withScope, withTenant } from "../../lib/db/tenant";
import { databaseUrl } from "../support/postgres";

let db: AppTestDatabase, a: AgencyFixture, b: AgencyFixture;

setUpTwoAgencies((s) => ({ db, a, b } = s));

describe("row-level security on PostgreSQL", () => {
  it("a query that omits the agency filter still returns only the current agency's rows", async () => {
    const rows = await withTenant(
      a.agency.id,
      a.users.leader.id,
      (tx) => tx.$queryRaw<{ agencyId: string }[]>`SELECT "agencyId" FROM "Account"`,
    );
    expect(rows.length).toBe(1);
    expect(rows.every((r) => r.agencyId === a.agency.id)).toBe(true);
    const all = await db.admin.account.count();
    expect(all).toBe(2); // the superuser sees both: the filter above really came from the policy
  });

  it("with no agency in scope, tenant tables are empty", async () => {
    const rows = await withScope(
      { agencyId: null, userId: null },
      (tx) => tx.$queryRaw<unknown[]>`SELECT * FROM "Client"`,
    );
    expect(rows).toEqual([]);
  });

  it("an insert for another agency fails", async () => {
    await expect(
      withTenant(a.agency.id, a.users.leader.id, (tx) =>
        tx.client.create({ data: { agencyId: b.agency.id, name: "Smuggled", tier: "TIER_3" } }),
      ),
    ).rejects.toThrow();
    expect(await db.admin.client.count({ where: { name: "Smuggled" } })).toBe(0);
  });

  it("an update cannot move a row into another agency, and foreign rows cannot be updated", async () => {
    const moved = await withTenant(
      a.agency.id,
      a.users.leader.id,
      (tx) => tx.$executeRaw`UPDATE "Client" SET "name" = 'Renamed' WHERE "id" = ${b.client.id}::uuid`,
    );
    expect(moved).toBe(0);
    expect((await db.admin.client.findUniqueOrThrow({ where: { id: b.client.id } })).name).toBe(b.client.name);
  });

  it("the app's database role cannot disable or bypass row-level security", async () => {
    const client = new pg.Client({ connectionString: databaseUrl(db.database.name, db.appRole) });
    await client.connect();
    try {
      await expect(client.query(`ALTER TABLE "Account" DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(/owner/);
      await expect(client.query(`ALTER TABLE "Account" NO FORCE ROW LEVEL SECURITY`)).rejects.toThrow(/owner/);
      await expect(client.query(`DROP POLICY tenant_isolation ON "Account"`)).rejects.toThrow(/owner/);
      await client.query("SET row_security = off");
      await client.query(`SELECT set_config('app.agency_id', '${a.agency.id}', false)`);
      await expect(client.query(`SELECT * FROM "Account"`)).rejects.toThrow(/row-level security/);
      const { rows } = await client.query(`SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`);
      expect(rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
    } finally {
      await client.end();
    }
  });

  it("the tenant guard throws on a where clause whose agencyId is undefined", async () => {
    const agencyId = undefined as unknown as string;
    await expect(
      withTenant(a.agency.id, a.users.leader.id, (tx) => tx.account.findMany({ where: { agencyId } })),
    ).rejects.toBeInstanceOf(TenantScopeError);
    await expect(
      withTenant(a.agency.id, a.users.leader.id, (tx) => tx.client.deleteMany({ where: { name: b.client.name } })),
    ).rejects.toBeInstanceOf(TenantScopeError);
  });

  it("a person sees their own memberships across agencies but not other people's", async () => {
    await db.admin.membership.create({ data: { agencyId: b.agency.id, userId: a.users.leader.id, roles: ["VIEWER"] } });
    const mine = await withScope(
      { agencyId: null, userId: a.users.leader.id },
      (tx) => tx.$queryRaw<{ agencyId: string }[]>`SELECT "agencyId" FROM "Membership"`,
    );
    expect(mine.map((m) => m.agencyId).sort()).toEqual([a.agency.id, b.agency.id].sort());
  });
});
