/**
 * The owner's powers over the agency itself (issue 19, item 5): handing ownership to another leader, and deleting
 * the agency with every row it owns. Both run inside the action's tenant transaction (lib/actions/agency-lifecycle.ts);
 * the permission gate (OWNER_PERMISSIONS) admitted only the owner, and each write re-checks it on the locked rows.
 */
import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import { conflictRefusal, lastChangeOf } from "@/lib/domain/audit/last-change";
import { confirmsName, type deleteAgencySchema, type transferOwnershipSchema } from "./lifecycle-schemas";

type Ctx<S extends z.ZodType> = Pick<ActionContext<z.infer<S>>, "tx" | "member" | "audit" | "input">;

const notOwner = () => new ActionError("forbidden", "Only the agency's owner can do that.");

/**
 * Ownership moves to another active leader; the agency's settings version is the concurrency token (the danger zone
 * is a section of the settings page), so a transfer decided on a stale page is refused with who changed what, when.
 */
export async function transferOwnership(ctx: Ctx<typeof transferOwnershipSchema>): Promise<{ version: number }> {
  const { tx, member, input } = ctx;
  const { agencyId } = member;
  if (input.membershipId === member.membershipId) {
    throw new ActionError("invalid", "You already own the agency.", { membershipId: ["Choose another leader."] });
  }
  const target = await tx.membership.findFirst({
    where: { agencyId, id: input.membershipId },
    select: { id: true, roles: true, active: true, user: { select: { email: true } } },
  });
  if (!target || !target.active || !target.roles.includes("LEADER")) {
    throw new ActionError("invalid", "Ownership can go only to another active leader of this agency.", {
      membershipId: ["Choose an active leader of this agency."],
    });
  }
  const bumped = await tx.agency.updateMany({
    where: { id: agencyId, settingsVersion: input.expectedVersion },
    data: { settingsVersion: { increment: 1 } },
  });
  if (bumped.count === 0) {
    throw conflictRefusal(await lastChangeOf(tx, agencyId, "AgencySettings"), {}, "The settings were changed");
  }
  // Both rows in one statement each, guarded: if ownership moved since the gate (another tab), nothing changes.
  const released = await tx.membership.updateMany({
    where: { agencyId, id: member.membershipId, isOwner: true, active: true },
    data: { isOwner: false },
  });
  if (released.count !== 1) throw notOwner();
  await tx.membership.updateMany({ where: { agencyId, id: target.id }, data: { isOwner: true } });
  const version = input.expectedVersion + 1;
  await ctx.audit({
    action: "agency.ownership_transferred",
    entityType: "AgencySettings",
    entityId: agencyId,
    before: { ownerMembershipId: member.membershipId, ownerEmail: member.user.email, version: input.expectedVersion },
    after: { ownerMembershipId: target.id, ownerEmail: target.user.email, version },
  });
  return { version };
}

export type DeletionResult = {
  trailId: string;
  rowCounts: Record<string, number>;
  sessionsEnded: number;
};

/**
 * Deletes the agency: app_delete_agency (migration 20261202070000_agency_lifecycle) writes the trail outside the
 * tenant (AgencyDeletion) first, ends the sessions of members with no other agency, then removes every tenant row —
 * all in this one transaction, so a failure half-way leaves the agency whole. The typed name is checked here, where
 * the mismatch can be a field error; the function re-checks that the caller is the active owner.
 */
export async function deleteAgency(ctx: Ctx<typeof deleteAgencySchema>): Promise<DeletionResult> {
  const { tx, member, input } = ctx;
  const agency = await tx.agency.findFirst({ where: { id: member.agencyId }, select: { name: true } });
  if (!agency) throw new ActionError("not_found", "That agency was not found.");
  if (!confirmsName(input.confirmName, agency.name)) {
    throw new ActionError("invalid", "The name does not match.", {
      confirmName: [`Type the agency's name exactly: ${agency.name}`],
    });
  }
  const owner = await tx.membership.findFirst({
    where: { agencyId: member.agencyId, id: member.membershipId, isOwner: true, active: true },
    select: { id: true },
  });
  if (!owner) throw notOwner();
  const [row] = await tx.$queryRaw<{ result: DeletionResult }[]>`
    SELECT app_delete_agency(${member.agencyId}::uuid) AS result`;
  if (!row) throw new Error("app_delete_agency returned nothing");
  return row.result;
}
