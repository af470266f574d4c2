import { withScope } from "@/lib/db/tenant";

/** Slug → agency id through the narrow SECURITY DEFINER lookup (no tenant data; null when unknown or malformed). */
export async function agencyIdForSlug(slug: string): Promise<string | null> {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const rows = await withScope(
    { agencyId: null, userId: null },
    (tx) => tx.$queryRaw<{ id: string | null }[]>`SELECT app_agency_id_for_slug(${slug}) AS id`,
  );
  return rows[0]?.id ?? null;
}
