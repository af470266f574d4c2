import type { SessionUser } from "@/lib/auth/session";
import { withUser } from "@/lib/db/tenant";
import { listMyAgencies } from "@/lib/domain/members/queries";

/** Where a signed-in person lands: their first agency (alphabetical), or null when they belong to none. */
export async function firstAgencyPath(user: SessionUser): Promise<string | null> {
  const agencies = await withUser(user.id, (tx) => listMyAgencies(tx, user.id));
  const first = agencies[0];
  return first ? `/${first.slug}` : null;
}
