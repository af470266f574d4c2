import { withScope } from "@/lib/db/tenant";

/**
 * Every agency's id, for background work that then runs inside each agency's tenant scope: the one SECURITY DEFINER
 * lookup the jobs have (ids only, no other column of another tenant).
 */
export async function allAgencyIds(): Promise<string[]> {
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) => tx.$queryRaw<{ id: string }[]>`SELECT app_agency_ids_for_jobs() AS "id"`,
  );
  return rows.map((r) => r.id);
}
