import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import { enqueueDelivery } from "@/lib/mail/outbox";
import { absoluteUrl } from "@/lib/notifications/notify";
import { renderMail } from "@/lib/notifications/render";
import { INVITATION_TTL_DAYS } from "./invitation-token";

/**
 * Queues the invitation e-mail in the inviting transaction (idempotent per invitation). The outbox blanks a message's
 * body once it is sent (lib/mail/outbox.ts), so the link does not stay in the table.
 */
export async function queueInvitationEmail(
  tx: TenantTx,
  member: MemberContext,
  invitation: { invitationId: string; email: string; token: string },
) {
  const link = absoluteUrl(`/invite/${invitation.token}`);
  const mail = renderMail({
    title: `Join ${member.agencyName} on Accountable`,
    intro: `${member.user.name} invited you to ${member.agencyName}. The link works once, for ${INVITATION_TTL_DAYS} days.`,
    sections: [],
    action: { label: "Accept the invitation", href: link },
  });
  await enqueueDelivery(tx, {
    agencyId: member.agencyId,
    channel: "EMAIL",
    idempotencyKey: `invitation:${invitation.invitationId}`,
    recipient: invitation.email,
    subject: `${member.user.name} invited you to ${member.agencyName} on Accountable`,
    ...mail,
  });
}
