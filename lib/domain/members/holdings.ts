import type { TenantTx } from "@/lib/db/tenant";

/**
 * What a member still holds that would be orphaned by deactivating them: accounts they own, people they manage and
 * open projects they run. The members page reads it to offer the guided handover instead of "Deactivate", and the
 * deactivate action refuses while any of it is left (the handover, lib/domain/people/handover.ts, moves it first).
 */
export async function readHoldings(tx: TenantTx, agencyId: string, ids: string[]) {
  const accounts = await tx.account.groupBy({
    by: ["amId"],
    where: { agencyId, amId: { in: ids }, archivedAt: null },
    _count: true,
  });
  const reports = await tx.personProfile.groupBy({
    by: ["managerId"],
    where: { agencyId, managerId: { in: ids } },
    _count: true,
  });
  const projects = await tx.project.groupBy({
    by: ["pmId"],
    where: { agencyId, pmId: { in: ids }, archivedAt: null, status: { not: "DONE" } },
    _count: true,
  });
  const count = <K extends string>(rows: ({ _count: number } & Record<K, string | null>)[], key: K) =>
    new Map(rows.map((r) => [r[key], r._count]));
  const [a, r, p] = [count(accounts, "amId"), count(reports, "managerId"), count(projects, "pmId")];
  return new Map(ids.map((id) => [id, holdingsText(a.get(id) ?? 0, r.get(id) ?? 0, p.get(id) ?? 0)]));
}

/** "3 accounts, 1 person they manage", or null when nothing would be orphaned. */
function holdingsText(accounts: number, reports: number, projects: number): string | null {
  const left = [
    accounts > 0 ? `${accounts} account${accounts === 1 ? "" : "s"}` : null,
    reports > 0 ? `${reports} ${reports === 1 ? "person they manage" : "people they manage"}` : null,
    projects > 0 ? `${projects} open project${projects === 1 ? "" : "s"}` : null,
  ].filter(Boolean);
  return left.length > 0 ? left.join(", ") : null;
}
