/**
 * First start on the embedded database: create ./.data/pglite, apply migrations, load the demo agencies.
 * Safe to run every time: migrations already applied and demo data already present are skipped.
 * PGlite allows one process at a time, so this runs (and closes the database) before the Next server opens it.
 */
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { createPrismaForPglite } from "../lib/db/client";
import { deployMigrations } from "../lib/db/migrate/commands";
import { pgliteTarget } from "../lib/db/migrate/targets";
import { seedDemo } from "../prisma/seed/index";

export async function setupEmbeddedDatabase(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true }); // PGlite does not create parent directories
  const pglite = new PGlite(dataDir);
  try {
    const applied = await deployMigrations(pgliteTarget(pglite, `PGlite ${dataDir}`));
    if (applied.length) console.log(`embedded database: applied ${applied.length} migration(s)`);
    const prisma = createPrismaForPglite(pglite);
    const summary = await seedDemo(prisma);
    console.log(`embedded database: ${JSON.stringify(summary)}`);
    if (process.env.NEXTAUTH_SECRET) {
      // Imported here, not at the top: it loads the app's environment, complete only now (scripts/dev.ts).
      const { seedDemoNotifications } = await import("../prisma/seed/notifications");
      console.log(`embedded database: demo digests ${JSON.stringify(await seedDemoNotifications(prisma))}`);
    }
    await prisma.$disconnect();
  } finally {
    await pglite.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setupEmbeddedDatabase(process.env.PGLITE_DATA_DIR ?? ".data/pglite").then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
