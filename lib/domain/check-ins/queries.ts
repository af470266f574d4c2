import type { TenantTx } from "@/lib/db/tenant";
import type { CheckInCadence } from "@/lib/domain/portfolio/cadence";
import type { ClientTier } from "@/lib/domain/portfolio/types";

type CheckInContactOption = { id: string; name: string; title: string | null };

/** An account the check-in form offers, with what the form needs to default and validate in place. */
export type CheckInAccountOption = {
  id: string;
  name: string;
  clientName: string;
  tier: ClientTier;
  /** Days between check-ins for the client's tier (the agency's cadence): the default next due date. */
  cadenceDays: number;
  /** The client's active contacts, primary first. */
  contacts: CheckInContactOption[];
};

/**
 * Accounts (not archived) the check-in form may offer: one AM's book (`amId`), or the named accounts. Whether the
 * member may log on them is decided by the caller's filter and enforced again by the mutation.
 */
export async function readCheckInAccountOptions(
  tx: TenantTx,
  agencyId: string,
  filter: { amId: string } | { accountIds: readonly string[] },
  cadence: CheckInCadence,
): Promise<CheckInAccountOption[]> {
  const rows = await tx.account.findMany({
    where: {
      agencyId,
      archivedAt: null,
      ...("amId" in filter ? { amId: filter.amId } : { id: { in: [...filter.accountIds] } }),
    },
    select: {
      id: true,
      name: true,
      client: {
        select: {
          name: true,
          tier: true,
          contacts: {
            where: { agencyId, active: true },
            select: { id: true, name: true, title: true },
            orderBy: [{ isPrimary: "desc" }, { name: "asc" }],
          },
        },
      },
    },
    orderBy: [{ client: { name: "asc" } }, { name: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    clientName: row.client.name,
    tier: row.client.tier,
    cadenceDays: cadence[row.client.tier],
    contacts: row.client.contacts,
  }));
}
