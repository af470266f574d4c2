import { withScope, withTenant } from "@/lib/db/tenant";

export type DemoDirectoryEntry = {
  slug: string;
  name: string;
  employeeCount: number;
  accountManagers: { membershipId: string; name: string; activeAccounts: number }[];
};

/**
 * Ids of the agencies the demo seed flagged (Agency.isDemo), through a narrow SECURITY DEFINER lookup. Never by slug:
 * a real agency may sign up as "northwind", and its people must not appear on a public page.
 */
async function demoAgencyIds(): Promise<string[]> {
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) => tx.$queryRaw<{ id: string }[]>`SELECT app_demo_agency_ids() AS id`,
  );
  return rows.map((row) => row.id);
}

/** Whether this database was seeded as a demo: the sign-in page offers the demo sign-ins only then. */
export async function hasDemoAgencies(): Promise<boolean> {
  return (await demoAgencyIds()).length > 0;
}

/**
 * The public demo directory: names and counts of the demo agencies, read before anyone signs in. Each agency is
 * read in its own tenant scope (row-level security applies as everywhere); the scope comes from the demo flag set
 * by the seed, never from request input, which is why this needs no membership.
 */
export async function listDemoDirectory(): Promise<DemoDirectoryEntry[]> {
  // Each agency in its own transaction (its own connection), so these may overlap.
  // eslint-disable-next-line no-restricted-syntax
  const entries = await Promise.all((await demoAgencyIds()).map(readDemoAgency));
  return entries.filter((entry): entry is DemoDirectoryEntry => entry !== null);
}

async function readDemoAgency(agencyId: string): Promise<DemoDirectoryEntry | null> {
  const agency = await withTenant(agencyId, null, (tx) =>
    tx.agency.findFirst({
      where: { id: agencyId, isDemo: true },
      select: {
        slug: true,
        name: true,
        employeeCount: true,
        memberships: {
          // Roles are filtered below in JS: pglite-prisma-adapter 0.7.2 cannot bind array filters (`has`).
          where: { agencyId, active: true },
          select: {
            id: true,
            roles: true,
            user: { select: { name: true } },
            _count: {
              select: { accounts: { where: { agencyId, status: { in: ["ACTIVE", "AT_RISK"] }, archivedAt: null } } },
            },
          },
        },
      },
    }),
  );
  if (!agency) return null;
  return {
    slug: agency.slug,
    name: agency.name,
    employeeCount: agency.employeeCount,
    accountManagers: agency.memberships
      .filter((m) => m.roles.includes("AM"))
      .map((m) => ({ membershipId: m.id, name: m.user.name, activeAccounts: m._count.accounts }))
      .sort((a, b) => b.activeAccounts - a.activeAccounts || a.name.localeCompare(b.name)),
  };
}
