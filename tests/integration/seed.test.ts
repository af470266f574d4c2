import type { PGlite } from "@electric-sql/pglite";
import argon2 from "argon2";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPrismaForPglite, createPrismaForPostgres, type Db } from "../../lib/db/client";
import {
  DEMO_AGENCIES,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  seedDemo,
  weightedLoad,
  type SeedSummary,
} from "../../prisma/seed/index";
import { loadScaleTenant, SCALE_SLUG } from "../../scripts/scale/load";
import { withAppDatabase } from "../../lib/db/prisma";
import { composeDashboard } from "../../lib/domain/portfolio/dashboard";
import { summarizeDashboard } from "../../lib/domain/portfolio/dashboard-lists";
import { loadPortfolioData } from "../../lib/domain/portfolio/load-portfolio";
import { loadStoredSummary } from "../../lib/domain/portfolio/standing-store";
import { createTestPglite, createTestPostgres, type TestPostgres } from "../support/test-database";

/**
 * Acceptance: the demo seed builds the three agencies of DESIGN.md with AM books that land on the intended guideline
 * status, every project status, the well-known logins, and does the same on PostgreSQL and PGlite (deterministic);
 * a second run adds nothing. The scale generator loads a small benchmark tenant set-based on PostgreSQL.
 */

const TODAY = new Date("2026-06-15T12:00:00Z");
const LIVE = ["ACTIVE", "AT_RISK"] as const;
const WEIGHT = { LOW: 0.5, STANDARD: 1, HIGH: 1.5 } as const;
const EXPECTED = {
  brightside: { employees: 8, ams: 2 },
  northwind: { employees: 45, ams: 6 },
  meridian: { employees: 240, ams: 24 },
};

type Backend = { db: Db; dispose(): Promise<void> };
const summaries: Record<string, SeedSummary> = {};

const backends: Record<string, () => Promise<Backend>> = {
  PostgreSQL: async () => {
    const database = await createTestPostgres();
    const db = createPrismaForPostgres(database.url, 2);
    return {
      db,
      async dispose() {
        await db.$disconnect();
        await database.drop();
      },
    };
  },
  PGlite: async () => {
    const pglite: PGlite = await createTestPglite();
    const db = createPrismaForPglite(pglite);
    return {
      db,
      async dispose() {
        await db.$disconnect();
        await pglite.close();
      },
    };
  },
};

function guidelineStatus(load: number, band: { min: number; max: number }) {
  if (load < band.min) return "UNDER";
  if (load < band.max) return "HEALTHY";
  return load === band.max ? "AT_CAPACITY" : "OVERLOADED";
}

describe.each(Object.entries(backends))("demo seed on %s", (name, open) => {
  let backend: Backend;
  let first: SeedSummary;

  beforeAll(async () => {
    backend = await open();
    first = await seedDemo(backend.db, { today: TODAY });
    summaries[name] = first;
  });
  afterAll(async () => backend?.dispose());

  test("creates the three agencies with their employee and AM counts", async () => {
    expect(first.created.map((a) => a.slug).sort()).toEqual(["brightside", "meridian", "northwind"]);
    for (const [slug, expected] of Object.entries(EXPECTED)) {
      const agency = await backend.db.agency.findUniqueOrThrow({ where: { slug } });
      expect(agency.employeeCount).toBe(expected.employees);
      // Filtered in JS: `roles: { has: "AM" }` fails on pglite-prisma-adapter 0.7.2 ("malformed array literal").
      const members = await backend.db.membership.findMany({
        where: { agencyId: agency.id },
        select: { roles: true, active: true },
      });
      expect(members.filter((m) => m.active && m.roles.includes("AM"))).toHaveLength(expected.ams);
      // Plus one former AM, deactivated, for the dashboard's departures figure (prisma/seed/people-demo.ts).
      expect(members.filter((m) => !m.active && m.roles.includes("AM"))).toHaveLength(1);
    }
  });

  test("every AM's weighted load lands on the status the spec was built for", async () => {
    for (const spec of DEMO_AGENCIES) {
      const ams = await backend.db.membership.findMany({
        where: { agency: { slug: spec.slug } },
        select: {
          roles: true,
          user: { select: { name: true } },
          accounts: { where: { status: { in: [...LIVE] } }, select: { complexity: true } },
        },
      });
      for (const am of spec.ams) {
        const row = ams.find((m) => m.user.name === am.name && m.roles.includes("AM"));
        expect(row, am.name).toBeDefined();
        const load = row!.accounts.reduce((sum, a) => sum + WEIGHT[a.complexity], 0);
        expect(load, am.name).toBe(weightedLoad(am.book));
        expect(guidelineStatus(load, spec.band), `${spec.slug} ${am.name}`).toBe(am.expect);
      }
    }
  });

  test("the dashboard read from its stored standing equals the live composition", async () => {
    const agency = await backend.db.agency.findUniqueOrThrow({ where: { slug: "northwind" } });
    await withAppDatabase(backend.db, async () => {
      const live = await loadPortfolioData(agency.id, null, TODAY);
      const fresh = composeDashboard(live.snapshot, live.pipeline, live.rules, TODAY);
      const stored = await loadStoredSummary(agency.id, null, {}, TODAY);
      expect(stored.dashboard.signals.length).toBeGreaterThan(0);
      expect(stored.dashboard).toEqual(summarizeDashboard(fresh.dashboard, fresh.attention.length));
    });
  });

  test("the small agency has an overloaded AM with at least 7 ACTIVE accounts", async () => {
    const agency = await backend.db.agency.findUniqueOrThrow({ where: { slug: "brightside" } });
    const perAm = await backend.db.account.groupBy({
      by: ["amId"],
      where: { agencyId: agency.id, status: "ACTIVE" },
      _count: { _all: true },
    });
    expect(Math.max(...perAm.map((g) => g._count._all))).toBeGreaterThanOrEqual(7);
  });

  test("every project status appears in every agency, with a consistent version history", async () => {
    for (const spec of DEMO_AGENCIES) {
      const statuses = await backend.db.project.groupBy({ by: ["status"], where: { agency: { slug: spec.slug } } });
      expect(statuses.map((s) => s.status).sort(), spec.slug).toEqual([
        "AT_RISK",
        "DONE",
        "NOT_STARTED",
        "OFF_TRACK",
        "ON_HOLD",
        "ON_TRACK",
      ]);
    }
    const projects = await backend.db.project.findMany({
      select: { version: true, status: true, lastStatusAt: true, updates: { orderBy: { version: "asc" } } },
    });
    for (const p of projects) {
      expect(p.version).toBe(p.updates.length + 1);
      expect(p.updates.map((u) => u.version)).toEqual(p.updates.map((_, i) => i + 2));
      const last = p.updates.at(-1);
      if (last) {
        expect(last.toStatus).toBe(p.status);
        expect(last.createdAt.getTime()).toBe(p.lastStatusAt.getTime());
      } else expect(p.status).toBe("NOT_STARTED");
    }
  });

  test("the well-known logins exist with the demo password; leader@demo.example leads all three", async () => {
    const users = await backend.db.user.findMany({
      where: { email: { in: DEMO_LOGINS.map((l) => l.email) } },
      select: {
        email: true,
        passwordHash: true,
        memberships: { select: { roles: true, agency: { select: { slug: true } } } },
      },
    });
    expect(users).toHaveLength(DEMO_LOGINS.length);
    expect(await argon2.verify(users[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    const multi = users.find((u) => u.email === "leader@demo.example")!;
    expect(multi.memberships.map((m) => m.agency.slug).sort()).toEqual(["brightside", "meridian", "northwind"]);
    expect(multi.memberships.every((m) => m.roles.includes("LEADER"))).toBe(true);
  });

  test("running it again skips the existing agencies and duplicates nothing", async () => {
    const before = { users: await backend.db.user.count(), checkIns: await backend.db.checkIn.count() };
    const again = await seedDemo(backend.db, { today: TODAY });
    expect(again.created).toEqual([]);
    expect(again.skipped.sort()).toEqual(["brightside", "meridian", "northwind"]);
    expect(await backend.db.agency.count()).toBe(3);
    expect({ users: await backend.db.user.count(), checkIns: await backend.db.checkIn.count() }).toEqual(before);
  });
});

describe("scale generator on PostgreSQL", () => {
  let database: TestPostgres;
  beforeAll(async () => {
    database = await createTestPostgres();
  });
  afterAll(async () => database?.drop());

  test("loads a small benchmark tenant beside a neighbour tenant, deterministically", async () => {
    const result = await loadScaleTenant(database.url, { scale: 0.01, tenants: 1, today: TODAY });
    expect(result.benchmark.plan).toMatchObject({ ams: 3, accounts: 36, checkIns: 2500 });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const count = async (table: string, slug: string) =>
        Number(
          (
            await client.query(
              `SELECT count(*) AS n FROM "${table}" t JOIN "Agency" a ON a.id = t."agencyId" WHERE a.slug = $1`,
              [slug],
            )
          ).rows[0].n,
        );
      expect(await count("CheckIn", SCALE_SLUG)).toBe(2500);
      expect(await count("Account", SCALE_SLUG)).toBe(36);
      expect(await count("Membership", SCALE_SLUG)).toBe(1 + 1 + 3 + 1); // leader, viewer, AMs, PMs
      expect(await count("CheckIn", "scale-neighbour-01")).toBe(7500);
      const statuses = await client.query(`SELECT DISTINCT status FROM "Project"`);
      expect(statuses.rows).toHaveLength(6);
      // Loading the same tenant again is refused; --replace reloads it with identical rows.
      await expect(loadScaleTenant(client, { scale: 0.01, today: TODAY })).rejects.toThrow(/already exists/);
      const ids = async () =>
        (await client.query(`SELECT md5(string_agg(id::text || sentiment, ',' ORDER BY id)) AS h FROM "CheckIn"`))
          .rows[0].h;
      const before = await ids();
      await loadScaleTenant(client, { scale: 0.01, replace: true, today: TODAY });
      expect(await ids()).toBe(before);
      const agencies = await client.query(`SELECT slug FROM "Agency" ORDER BY slug`);
      expect(agencies.rows.map((r) => r.slug)).toEqual(["scale-bench", "scale-neighbour-01"]);
    } finally {
      await client.end();
    }
  });
});

describe("determinism", () => {
  test("PostgreSQL and PGlite get the same row counts from the same `today`", () => {
    const strip = (s: SeedSummary | undefined) => s?.created.map((a) => ({ ...a }));
    expect(strip(summaries.PGlite)).toEqual(strip(summaries.PostgreSQL));
  });
});
