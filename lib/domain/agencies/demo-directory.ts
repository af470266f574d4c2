import { db } from "@/lib/db/prisma";

/** Slugs of the agencies `npm run db:seed` creates (prisma/seed). Only these appear on the public home page. */
export const DEMO_AGENCY_SLUGS = ["brightside", "northwind", "meridian"] as const;

export type DemoDirectoryEntry = {
  slug: string;
  name: string;
  employeeCount: number;
  accountManagers: { membershipId: string; name: string; activeAccounts: number }[];
};

/**
 * Reads across tenants, hence "unsafe": it is limited to the fixed demo slugs and to names and counts, and it is
 * the only cross-tenant read in the app. It exists so a fresh install shows real data before anyone signs in.
 */
export async function unsafeListDemoDirectory(): Promise<DemoDirectoryEntry[]> {
  const agencies = await db().agency.findMany({
    where: { slug: { in: [...DEMO_AGENCY_SLUGS] } },
    orderBy: { employeeCount: "asc" },
    select: {
      slug: true,
      name: true,
      employeeCount: true,
      memberships: {
        where: { active: true, roles: { has: "AM" } },
        select: {
          id: true,
          user: { select: { name: true } },
          _count: { select: { accounts: { where: { status: { in: ["ACTIVE", "AT_RISK"] }, archivedAt: null } } } },
        },
      },
    },
  });
  return agencies.map((agency) => ({
    slug: agency.slug,
    name: agency.name,
    employeeCount: agency.employeeCount,
    accountManagers: agency.memberships
      .map((m) => ({ membershipId: m.id, name: m.user.name, activeAccounts: m._count.accounts }))
      .sort((a, b) => b.activeAccounts - a.activeAccounts || a.name.localeCompare(b.name)),
  }));
}
