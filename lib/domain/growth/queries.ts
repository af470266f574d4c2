import type { TenantTx } from "@/lib/db/tenant";
import { compareNames } from "@/lib/domain/portfolio/text";

export type OwnerOption = { id: string; name: string };

/** Active members of the agency, by name: who may own a growth action. */
export async function readActionOwners(tx: TenantTx, agencyId: string): Promise<OwnerOption[]> {
  const rows = await tx.membership.findMany({
    where: { agencyId, active: true },
    select: { id: true, user: { select: { name: true } } },
  });
  return rows.map((m) => ({ id: m.id, name: m.user.name })).sort((a, b) => compareNames(a.name, b.name));
}
