import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import type { Role } from "../../lib/auth/permissions";
import type { AgencyFixture } from "./tenants";
import { addAccount } from "./accounts";

/** A person with a membership in `agencyId` (fixture setup as the superuser; password hash is a placeholder). */
export async function addMember(
  admin: Db,
  agencyId: string,
  roles: Role[],
  options: { label?: string; isOwner?: boolean; active?: boolean } = {},
) {
  const user = await admin.user.create({
    data: {
      email: `${options.label ?? "member"}.${randomUUID().slice(0, 8)}@members.test`,
      name: `Member ${options.label ?? ""}`.trim(),
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true },
  });
  const membership = await admin.membership.create({
    data: { agencyId, userId: user.id, roles, isOwner: options.isOwner ?? false, active: options.active ?? true },
    select: { id: true },
  });
  return { user, membership };
}

/** A person who belongs to no agency yet (e.g. someone about to accept an invitation). */
export function addUser(admin: Db, label = "person") {
  return admin.user.create({
    data: { email: `${label}.${randomUUID().slice(0, 8)}@people.test`, name: `Person ${label}`, passwordHash: "x" },
    select: { id: true, email: true, name: true },
  });
}

/** A pending invitation stored directly (its token is unknown: use the invite action when a test needs the token). */
export function addPendingInvitation(admin: Db, agencyId: string, invitedById: string, roles: Role[] = ["AM"]) {
  return admin.invitation.create({
    data: {
      agencyId,
      email: `invitee.${randomUUID().slice(0, 8)}@invited.test`,
      roles,
      tokenHash: randomBytes(32).toString("hex"),
      invitedById,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
}

export const newEmail = (label = "new") => `${label}.${randomUUID().slice(0, 8)}@example.test`;

/** Another AM of the fixture agency with an account of their own: what "not your account" refusals are tested on. */
export async function addAmWithAccount(
  admin: Db,
  fixture: AgencyFixture,
  account: { clientId?: string; name?: string } = {},
) {
  const am = await addMember(admin, fixture.agency.id, ["AM"], { label: "other-am" });
  const { id: accountId } = await addAccount(admin, fixture, {
    clientId: account.clientId ?? fixture.client.id,
    amId: am.membership.id,
    name: account.name ?? "Other retainer",
  });
  return { am, accountId };
}
