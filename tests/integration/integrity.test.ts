import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pgliteDoor, postgresDoor, type SqlDoor } from "../support/db-inspect";
import { createTestPglite, createTestPostgres } from "../support/test-database";

/**
 * Acceptance: the database itself refuses rows that cross tenants or break domain rules, on PostgreSQL and PGlite.
 * Composite foreign keys (agencyId, id) make a row of agency A unable to point at a row of agency B; CHECK constraints
 * guard ranges. Every refusal is checked for its SQLSTATE and constraint name, that the row is really absent, and
 * against a control insert that differs only in the offending value and succeeds — so each test can fail.
 */

type Backend = { door: SqlDoor; dispose(): Promise<void> };

const backends: Record<string, () => Promise<Backend>> = {
  "PostgreSQL (clone of the migrated template)": async () => {
    const database = await createTestPostgres();
    const door = postgresDoor(database.url);
    return {
      door,
      async dispose() {
        await door.close();
        await database.drop();
      },
    };
  },
  "PGlite (in-memory, migrated)": async () => {
    const db: PGlite = await createTestPglite();
    return { door: pgliteDoor(db), dispose: () => db.close() };
  },
};

const FOREIGN_KEY_VIOLATION = "23503";
const CHECK_VIOLATION = "23514";

type Tenant = { agency: string; user: string; membership: string; client: string; account: string };

describe.each(Object.entries(backends))("%s", (_name, openBackend) => {
  let backend: Backend;
  let A: Tenant;
  let B: Tenant;
  const sql = (text: string, params: unknown[] = []) => backend.door.query(text, params);

  async function createTenant(label: string): Promise<Tenant> {
    const t: Tenant = {
      agency: randomUUID(),
      user: randomUUID(),
      membership: randomUUID(),
      client: randomUUID(),
      account: randomUUID(),
    };
    await sql(`INSERT INTO "Agency" (id, name, slug, "employeeCount") VALUES ($1, $2, $3, 25)`, [
      t.agency,
      `Agency ${label}`,
      `agency-${label.toLowerCase()}-${t.agency.slice(0, 8)}`,
    ]);
    await sql(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, 'x')`, [
      t.user,
      `am-${t.user}@agency-${label.toLowerCase()}.test`,
      `AM of ${label}`,
    ]);
    await sql(`INSERT INTO "Membership" (id, "agencyId", "userId", roles) VALUES ($1, $2, $3, '{AM,PM}')`, [
      t.membership,
      t.agency,
      t.user,
    ]);
    await sql(`INSERT INTO "Client" (id, "agencyId", name, tier) VALUES ($1, $2, $3, 'TIER_1')`, [
      t.client,
      t.agency,
      `Client of ${label}`,
    ]);
    await insertAccount({ id: t.account, agencyId: t.agency, clientId: t.client, amId: t.membership });
    return t;
  }

  function insertAccount(a: { id?: string; agencyId: string; clientId: string; amId: string; monthlyValue?: string }) {
    const id = a.id ?? randomUUID();
    return sql(
      `INSERT INTO "Account" (id, "agencyId", "clientId", "amId", name, "monthlyValue", "startDate")
       VALUES ($1, $2, $3, $4, $5, $6, '2026-01-01')`,
      [id, a.agencyId, a.clientId, a.amId, `Account ${id}`, a.monthlyValue ?? "1000.00"],
    ).then(() => id);
  }

  function insertCheckIn(c: { agencyId: string; accountId: string; authorId: string; sentiment?: number }) {
    return sql(
      `INSERT INTO "CheckIn" (id, "agencyId", "accountId", "authorId", "occurredAt", channel, sentiment, summary)
       VALUES ($1, $2, $3, $4, now(), 'CALL', $5, 'Weekly sync')`,
      [randomUUID(), c.agencyId, c.accountId, c.authorId, c.sentiment ?? 4],
    );
  }

  function insertProject(p: { agencyId: string; accountId: string; pmId: string; percentComplete?: number }) {
    return sql(
      `INSERT INTO "Project" (id, "agencyId", "accountId", "pmId", name, "percentComplete")
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [randomUUID(), p.agencyId, p.accountId, p.pmId, `Project ${randomUUID()}`, p.percentComplete ?? 50],
    );
  }

  /**
   * Runs `insert`, expects the database to refuse it on `constraint`, and the table not to change. The constraint's
   * name says the table (its prefix) and the error code (a "_fkey" is a foreign key, the others are CHECKs).
   */
  async function expectRefused(constraint: string, insert: () => Promise<unknown>) {
    const table = constraint.slice(0, constraint.indexOf("_"));
    const code = constraint.endsWith("_fkey") ? FOREIGN_KEY_VIOLATION : CHECK_VIOLATION;
    const count = async () => Number((await sql(`SELECT count(*)::int AS n FROM "${table}"`))[0]?.n);
    const before = await count();
    const error = await insert().then(
      () => null,
      (e: unknown) => e as { code?: string; constraint?: string; message?: string },
    );
    expect(error, `expected the database to refuse an insert into ${table} (${constraint})`).not.toBeNull();
    expect({ code: error!.code, constraint: error!.constraint }, error!.message).toEqual({ code, constraint });
    expect(await count()).toBe(before);
  }

  beforeAll(async () => {
    backend = await openBackend();
    A = await createTenant("A");
    B = await createTenant("B");
  });
  afterAll(async () => {
    await backend?.dispose();
  });

  describe("composite foreign keys keep every row inside its agency", () => {
    test("an Account in A cannot be owned by a membership of B", async () => {
      await expectRefused("Account_agencyId_amId_fkey", () =>
        insertAccount({ agencyId: A.agency, clientId: A.client, amId: B.membership }),
      );
      await insertAccount({ agencyId: A.agency, clientId: A.client, amId: A.membership }); // control
    });

    test("an Account in A cannot belong to a client of B", async () => {
      await expectRefused("Account_agencyId_clientId_fkey", () =>
        insertAccount({ agencyId: A.agency, clientId: B.client, amId: A.membership }),
      );
    });

    test("a CheckIn with agencyId A cannot be on B's account", async () => {
      await expectRefused("CheckIn_agencyId_accountId_fkey", () =>
        insertCheckIn({ agencyId: A.agency, accountId: B.account, authorId: A.membership }),
      );
      await insertCheckIn({ agencyId: A.agency, accountId: A.account, authorId: A.membership }); // control
    });

    test("a Contact of A cannot point at B's client", async () => {
      const insertContact = (clientId: string) =>
        sql(`INSERT INTO "Contact" (id, "agencyId", "clientId", name) VALUES ($1, $2, $3, 'Pat Buyer')`, [
          randomUUID(),
          A.agency,
          clientId,
        ]);
      await expectRefused("Contact_agencyId_clientId_fkey", () => insertContact(B.client));
      await insertContact(A.client); // control
    });

    test("a Project in A cannot have B's membership as its PM", async () => {
      await expectRefused("Project_agencyId_pmId_fkey", () =>
        insertProject({ agencyId: A.agency, accountId: A.account, pmId: B.membership }),
      );
      await insertProject({ agencyId: A.agency, accountId: A.account, pmId: A.membership }); // control
    });
  });

  describe("CHECK constraints", () => {
    test("check-in sentiment must be 1..5", async () => {
      for (const sentiment of [0, 6]) {
        await expectRefused("CheckIn_sentiment_range", () =>
          insertCheckIn({ agencyId: A.agency, accountId: A.account, authorId: A.membership, sentiment }),
        );
      }
      for (const sentiment of [1, 5]) {
        await insertCheckIn({ agencyId: A.agency, accountId: A.account, authorId: A.membership, sentiment });
      }
    });

    test("project percentComplete must be 0..100", async () => {
      for (const percentComplete of [101, -1]) {
        await expectRefused("Project_percent_range", () =>
          insertProject({ agencyId: A.agency, accountId: A.account, pmId: A.membership, percentComplete }),
        );
      }
      await insertProject({ agencyId: A.agency, accountId: A.account, pmId: A.membership, percentComplete: 100 });
    });

    test("account monthlyValue cannot be negative", async () => {
      await expectRefused("Account_monthlyValue_nonnegative", () =>
        insertAccount({ agencyId: A.agency, clientId: A.client, amId: A.membership, monthlyValue: "-0.01" }),
      );
      await insertAccount({ agencyId: A.agency, clientId: A.client, amId: A.membership, monthlyValue: "0" });
    });

    test("a Kpi has exactly one subject: an account or a membership, not both, not neither", async () => {
      const insertKpi = (accountId: string | null, membershipId: string | null) =>
        sql(
          `INSERT INTO "Kpi" (id, "agencyId", "accountId", "membershipId", name, unit, target)
           VALUES ($1, $2, $3, $4, 'Leads', 'count', 10)`,
          [randomUUID(), A.agency, accountId, membershipId],
        );
      await expectRefused("Kpi_exactly_one_subject", () => insertKpi(A.account, A.membership));
      await expectRefused("Kpi_exactly_one_subject", () => insertKpi(null, null));
      await insertKpi(A.account, null); // controls
      await insertKpi(null, A.membership);
    });

    test("a user's email must be stored lower-case", async () => {
      const insertUser = (email: string) =>
        sql(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, 'Case Test', 'x')`, [
          randomUUID(),
          email,
        ]);
      const local = randomUUID();
      await expectRefused("User_email_lowercase", () => insertUser(`${local}@Example.com`));
      await insertUser(`${local}@example.com`); // control
    });
  });
});
