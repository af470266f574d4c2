/**
 * Offline migration commands (the Prisma CLI would need a native engine it cannot download here).
 *   npm run db:deploy              apply pending migrations to DATABASE_URL, or to the embedded PGlite in ./.data
 *   npm run db:status              list pending / failed migrations; exit 1 unless up to date
 *   npm run db:create -- <name>    write prisma/migrations/<timestamp>_<name> from the schema change
 *   npm run db:drift               exit 1 and print the missing SQL when schema and migrations disagree
 */
import { createMigration, deployMigrations, migrationStatus, schemaDrift } from "../lib/db/migrate/commands";
import { openMigrationTarget } from "../lib/db/migrate/open-target";

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  switch (command) {
    case "deploy": {
      const target = await openMigrationTarget();
      try {
        const applied = await deployMigrations(target);
        console.log(
          `${target.description}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`,
        );
        return 0;
      } finally {
        await target.close();
      }
    }
    case "status": {
      const target = await openMigrationTarget();
      try {
        const status = await migrationStatus(target);
        console.log(`${target.description}:`, JSON.stringify(status, null, 2));
        return status.upToDate ? 0 : 1;
      } finally {
        await target.close();
      }
    }
    case "create": {
      if (!arg || !/^[a-z0-9_]+$/.test(arg)) {
        console.error("usage: npm run db:create -- <snake_case_name>");
        return 2;
      }
      const created = await createMigration(arg);
      console.log(created ? `created prisma/migrations/${created}` : "no schema change: nothing to create");
      return 0;
    }
    case "drift": {
      const sql = await schemaDrift();
      if (!sql) {
        console.log("no drift: prisma/migrations matches prisma/schema.prisma");
        return 0;
      }
      console.error("DRIFT: the schema has changes with no migration. Missing SQL:\n" + sql);
      console.error("Create one with: npm run db:create -- <name>");
      return 1;
    }
    default:
      console.error("usage: tsx scripts/db.ts deploy|status|create <name>|drift");
      return 2;
  }
}

// The WASM engine leaves a timer running, so exit explicitly.
main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
