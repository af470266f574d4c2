import type { Db } from "../../lib/db/client";

/**
 * Everything the member and onboarding actions can touch, read as the superuser (row-level security bypassed), so a
 * test can prove "nothing changed" by comparing two snapshots with toEqual. Audit events are read separately because
 * refusals are expected to add one.
 */
export async function peopleAndAgencies(admin: Db) {
  const [agencies, users, memberships, invitations] = await Promise.all([
    admin.agency.findMany({ orderBy: { id: "asc" } }),
    admin.user.findMany({ orderBy: { id: "asc" }, omit: { passwordHash: false } }),
    admin.membership.findMany({ orderBy: { id: "asc" } }),
    admin.invitation.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { agencies, users, memberships, invitations };
}

/** The audit trail, oldest first: of one agency, or of all of them. */
export function auditTrail(admin: Db, agencyId?: string) {
  return admin.auditEvent.findMany({ where: agencyId ? { agencyId } : {}, orderBy: { id: "asc" } });
}

/** The whole state including every audit event: for refusals that must leave no trace at all. */
export async function everything(admin: Db) {
  return { ...(await peopleAndAgencies(admin)), audit: await auditTrail(admin) };
}
