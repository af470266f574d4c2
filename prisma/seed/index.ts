/**
 * Demo data: three agencies, one per size band of the accounts-per-AM guideline, built to show every rule and
 * signal of DESIGN.md. Deterministic (seeded PRNG, dates relative to `today`); agencies that already exist (by slug)
 * are skipped, so running it again never duplicates anything.
 *
 *   npm run db:seed      DATABASE_URL if set, else the embedded PGlite database in PGLITE_DATA_DIR (.data/pglite)
 */
import { mkdir } from "node:fs/promises";
import argon2 from "argon2";
import type { Db } from "../../lib/db/client";
import { buildAgencyRows } from "./build";
import { clockFor } from "./dates";
import { DEMO_AGENCIES, DEMO_PASSWORD } from "./demo-agencies";
import type { AgencyRows } from "./types";
import { writeDemoPeople } from "./people-demo";
import { seedFollowThrough } from "./follow-through";
import { writeAgency, type Tx } from "./write";

export { DEMO_AGENCIES, DEMO_LOGINS, DEMO_PASSWORD, weightedLoad } from "./demo-agencies";
export type { AgencySpec, AmSpec, DemoLogin } from "./demo-agencies";

export type AgencySeedSummary = {
  slug: string;
  name: string;
  employeeCount: number;
  members: number;
  accountManagers: number;
  clients: number;
  contacts: number;
  accounts: number;
  checkIns: number;
  checkInContacts: number;
  projects: number;
  projectUpdates: number;
  kpis: number;
  kpiMeasurements: number;
  growthPlans: number;
  opportunities: number;
  growthActions: number;
};

export type SeedSummary = {
  /** Agencies created by this run. */
  created: AgencySeedSummary[];
  /** Slugs that already existed and were left untouched. */
  skipped: string[];
  elapsedMs: number;
};

function summarize(rows: AgencyRows): AgencySeedSummary {
  return {
    slug: rows.agency.slug,
    name: rows.agency.name,
    employeeCount: rows.agency.employeeCount,
    members: rows.memberships.length,
    accountManagers: rows.memberships.filter((m) => m.active && Array.isArray(m.roles) && m.roles.includes("AM"))
      .length,
    clients: rows.clients.length,
    contacts: rows.contacts.length,
    accounts: rows.accounts.length,
    checkIns: rows.checkIns.length,
    checkInContacts: rows.checkInContacts.length,
    projects: rows.projects.length,
    projectUpdates: rows.projectUpdates.length,
    kpis: rows.kpis.length,
    kpiMeasurements: rows.kpiMeasurements.length,
    growthPlans: rows.growthPlans.length,
    opportunities: rows.opportunities.length,
    growthActions: rows.growthActions.length,
  };
}

export async function seedDemo(db: Db, options: { today?: Date } = {}): Promise<SeedSummary> {
  const started = Date.now();
  const clock = clockFor(options.today ?? new Date());
  const existing = await db.agency.findMany({
    where: { slug: { in: DEMO_AGENCIES.map((a) => a.slug) } },
    select: { slug: true },
  });
  const skipped = existing.map((a) => a.slug);
  const missing = DEMO_AGENCIES.filter((a) => !skipped.includes(a.slug));
  const created: AgencySeedSummary[] = [];
  if (missing.length > 0) {
    // One hash for every demo user: argon2id is deliberately slow.
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    for (const spec of missing) {
      const rows = buildAgencyRows(spec, clock);
      // All or nothing per agency: a failed run leaves no half-seeded tenant behind.
      await db.$transaction(
        async (tx) => {
          await writeAgency(tx as Tx, rows, passwordHash);
          await writeDemoPeople(tx as Tx, rows, clock);
        },
        {
          maxWait: 30_000,
          timeout: 300_000,
        },
      );
      await seedFollowThrough(db, rows.agency.id, clock);
      created.push(summarize(rows));
    }
  }
  return { created, skipped, elapsedMs: Date.now() - started };
}

async function openDatabase(): Promise<{ db: Db; description: string; close(): Promise<void> }> {
  const { createPrismaForPglite, createPrismaForPostgres } = await import("../../lib/db/client");
  const url = process.env.DATABASE_URL;
  if (url) {
    const db = createPrismaForPostgres(url, 2);
    return {
      db,
      description: `PostgreSQL ${new URL(url).host}${new URL(url).pathname}`,
      close: () => db.$disconnect(),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const dir = process.env.PGLITE_DATA_DIR ?? ".data/pglite";
  await mkdir(dir, { recursive: true }); // PGlite does not create parent directories
  const pglite = new PGlite(dir);
  const db = createPrismaForPglite(pglite);
  return {
    db,
    description: `PGlite ${dir}`,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

async function main(): Promise<number> {
  const { db, description, close } = await openDatabase();
  try {
    const [{ migrated } = { migrated: null }] = await db.$queryRaw<{ migrated: string | null }[]>`
      SELECT to_regclass('"Agency"')::text AS migrated`;
    if (!migrated) {
      console.error(`${description} has no schema yet: run \`npm run db:deploy\` first.`);
      return 1;
    }
    const summary = await seedDemo(db);
    console.log(`demo seed on ${description} (${(summary.elapsedMs / 1000).toFixed(1)} s)`);
    for (const slug of summary.skipped) console.log(`  ${slug}: already present, skipped`);
    for (const a of summary.created) {
      console.log(
        `  ${a.slug}: ${a.employeeCount} employees, ${a.members} members (${a.accountManagers} AMs), ${a.clients} clients, ` +
          `${a.contacts} contacts, ${a.accounts} accounts, ${a.checkIns} check-ins, ${a.projects} projects ` +
          `(${a.projectUpdates} updates), ${a.kpis} KPIs (${a.kpiMeasurements} measurements), ${a.growthPlans} growth plans`,
      );
    }
    if (process.env.NEXTAUTH_SECRET) {
      const { seedDemoNotifications } = await import("./notifications");
      console.log(`  demo digests: ${JSON.stringify(await seedDemoNotifications(db))}`);
    }
    if (summary.created.length)
      console.log(`sign in with any DEMO_LOGINS email (e.g. leader@demo.example) and password "${DEMO_PASSWORD}"`);
    return 0;
  } finally {
    await close();
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
