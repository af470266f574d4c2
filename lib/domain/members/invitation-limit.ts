import { ActionError } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";

/**
 * How many invitations an agency may send. Anyone can sign up and lead an agency, and each invitation e-mails any
 * address a message carrying names its leader typed (the agency's and their own): without a bound, a throwaway
 * agency would relay unsolicited mail from our domain. Thirty an hour is more than a person types; a large agency
 * bringing its whole team in spreads it over a few hours.
 */
export const INVITATION_LIMIT = { perHour: 30 } as const;

/**
 * Refuses an invitation over the agency's hourly bound. Runs in the inviting transaction: the per-agency lock it takes
 * is held to the commit, so concurrent invitations are counted one after the other and cannot pass it together.
 */
export async function checkInvitationLimit(tx: TenantTx, agencyId: string, now = new Date()): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invitations:${agencyId}`}, 0))`;
  const sent = await tx.invitation.count({
    where: { agencyId, createdAt: { gte: new Date(now.getTime() - 3_600_000) } },
  });
  if (sent >= INVITATION_LIMIT.perHour) {
    throw new ActionError(
      "rate_limited",
      `This agency has sent ${INVITATION_LIMIT.perHour} invitations in the last hour. Wait a while and try again.`,
    );
  }
}
