import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { Ctx } from "@/lib/domain/action-context";
import { readHoldings } from "./holdings";
import { queueInvitationEmail } from "./invitation-email";
import { checkInvitationLimit } from "./invitation-limit";
import { INVITATION_TTL_DAYS, newInvitationToken } from "./invitation-token";

export async function inviteMember({ input, member, tx, audit }: Ctx<"inviteSchema">) {
  const existing = await tx.membership.findFirst({
    where: { agencyId: member.agencyId, active: true, user: { email: input.email } },
    select: { id: true },
  });
  if (existing)
    throw new ActionError("invalid", "This person is already a member.", {
      email: ["Already a member of this agency."],
    });
  await checkInvitationLimit(tx, member.agencyId);
  // One live invitation per address: a new one revokes the earlier ones, so the invitee never holds two links with
  // different roles and an old link cannot be used after the leader changed their mind.
  const superseded = await tx.invitation.findMany({
    where: { agencyId: member.agencyId, email: input.email, acceptedAt: null, revokedAt: null },
    select: { id: true },
  });
  if (superseded.length > 0) {
    await tx.invitation.updateMany({
      where: { agencyId: member.agencyId, id: { in: superseded.map((row) => row.id) } },
      data: { revokedAt: new Date() },
    });
    for (const { id } of superseded) {
      await audit({
        action: "invitation.revoked",
        entityType: "Invitation",
        entityId: id,
        after: { supersededBy: "new" },
      });
    }
  }
  const { token, tokenHash } = newInvitationToken(member.agencyId);
  const invitation = await tx.invitation.create({
    data: {
      agencyId: member.agencyId,
      email: input.email,
      roles: input.roles,
      tokenHash,
      invitedById: member.membershipId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
    },
    select: { id: true, email: true, roles: true, expiresAt: true },
  });
  await audit({ action: "invitation.created", entityType: "Invitation", entityId: invitation.id, after: invitation });
  // The invitee also gets it by e-mail (the outbox, same transaction); the leader still sees the copyable link.
  await queueInvitationEmail(tx, member, { invitationId: invitation.id, email: invitation.email, token });
  return { invitationId: invitation.id, token, expiresAt: invitation.expiresAt.toISOString() };
}

export async function revokeInvitation({ input, member, tx, audit }: Ctx<"invitationIdSchema">) {
  const invitation = await tx.invitation.findFirst({
    where: { agencyId: member.agencyId, id: input.invitationId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true },
  });
  if (!invitation) throw notFound("That invitation");
  await tx.invitation.update({
    where: { id: invitation.id, agencyId: member.agencyId },
    data: { revokedAt: new Date() },
  });
  await audit({ action: "invitation.revoked", entityType: "Invitation", entityId: invitation.id, before: invitation });
  return { id: invitation.id };
}

async function loadMembership(
  ctx: { member: { agencyId: string }; tx: ActionContext<unknown>["tx"] },
  membershipId: string,
) {
  const found = await ctx.tx.membership.findFirst({
    where: { agencyId: ctx.member.agencyId, id: membershipId },
    select: { id: true, roles: true, active: true, isOwner: true, userId: true },
  });
  if (!found) throw notFound("That member");
  return found;
}

export async function changeMemberRoles(ctx: Ctx<"changeRolesSchema">) {
  const { input, member, tx, audit } = ctx;
  const target = await loadMembership(ctx, input.membershipId);
  if (target.isOwner && !input.roles.includes("LEADER")) {
    throw new ActionError("invalid", "The agency owner always keeps the Leader role.", {
      roles: ["The owner must stay a Leader."],
    });
  }
  const updated = await tx.membership.update({
    where: { agencyId_id: { agencyId: member.agencyId, id: target.id } },
    data: { roles: input.roles },
    select: { id: true, roles: true },
  });
  await audit(fieldChange("member.roles_changed", "Membership", target.id, { roles: [target.roles, updated.roles] }));
  return updated;
}

export async function setMemberActive(ctx: Ctx<"membershipIdSchema">, active: boolean) {
  const { member, tx, audit } = ctx;
  const target = await loadMembership(ctx, ctx.input.membershipId);
  if (!active && target.isOwner) throw new ActionError("invalid", "The agency owner cannot be deactivated.");
  if (!active && target.id === member.membershipId) throw new ActionError("invalid", "You cannot deactivate yourself.");
  if (target.active === active) return { id: target.id, active };
  if (!active) await refuseOrphans(ctx, target.id);
  await tx.membership.update({
    where: { agencyId_id: { agencyId: member.agencyId, id: target.id } },
    data: { active },
  });
  // A deactivated person's sessions end at once, on every device (lib/auth/session-guard.ts).
  if (!active) await tx.$executeRaw`SELECT app_end_member_sessions(${target.id}::uuid)`;
  await audit(
    fieldChange(active ? "member.reactivated" : "member.deactivated", "Membership", target.id, {
      active: [target.active, active],
    }),
  );
  return { id: target.id, active };
}

/**
 * Deactivating someone who still owns accounts, manages people or runs open projects would leave orphans: refused,
 * pointing to the guided handover (/people/<id>/handover, lib/domain/people/handover.ts), which moves all of it first.
 */
async function refuseOrphans(ctx: { member: { agencyId: string }; tx: ActionContext<unknown>["tx"] }, id: string) {
  const left = (await readHoldings(ctx.tx, ctx.member.agencyId, [id])).get(id);
  if (left) {
    throw new ActionError(
      "invalid",
      `Hand over ${left} first: use the handover on their people page, so nothing is left without an owner.`,
    );
  }
}
