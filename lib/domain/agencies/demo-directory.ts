import { agencyIdForSlug } from "@/lib/domain/agencies/slug";
import { withTenant } from "@/lib/db/tenant";

/** Slugs of the agencies `npm run db:seed` creates (prisma/seed). Only these appear on the public home page. */
export const DEMO_AGENCY_SLUGS = ["brightside", "northwind", "meridian"] as const;

export type DemoDirectoryEntry = {
  slug: string;
  name: string;
  employeeCount: number;
  accountManagers: { membershipId: string; name: string; activeAccounts: number }[];
};

/**
 * The public demo directory: names and counts of the fixed demo agencies, read before anyone signs in. Each
 * agency is read in its own tenant scope (row-level security applies as everywhere); the scope comes from a
 * fixed list of slugs, never from request input, which is why this needs no membership.
 */
export async function listDemoDirectory(): Promise<DemoDirectoryEntry[]> {
  const entries = await Promise.all(DEMO_AGENCY_SLUGS.map(readDemoAgency));
  return entries.filter((entry): entry is DemoDirectoryEntry => entry !== null);
}

async function readDemoAgency(slug: string): Promise<DemoDirectoryEntry | null> {
  const agencyId = await agencyIdForSlug(slug);
  if (!agencyId) return null;
  const agency = await withTenant(agencyId, null, (tx) =>
    tx.agency.findFirst({
      where: { id: agencyId },
      select: {
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
    slug,
    name: agency.name,
    employeeCount: agency.employeeCount,
    accountManagers: agency.memberships
      .filter((m) => m.roles.includes("AM"))
      .map((m) => ({ membershipId: m.id, name: m.user.name, activeAccounts: m._count.accounts }))
      .sort((a, b) => b.activeAccounts - a.activeAccounts || a.name.localeCompare(b.name)),
  };
}
