import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import { resolveCheckInFollowUp } from "@/lib/domain/follow-ups/sync";
import { cadenceFromAgency } from "@/lib/domain/portfolio/cadence";
import { enqueueInTx } from "@/lib/jobs/enqueue";
import { mayLogCheckIn } from "./access";
import { defaultNextDue, type LogCheckInInput } from "./schemas";

/**
 * Logs one check-in with its attending contacts in the caller's tenant transaction, and audits it.
 * - Leaders ("checkins:write") may log on any account; AMs ("checkins:write:own") only on accounts they own.
 * - Ids outside this agency (account or contact) are "not found"; contacts of this agency that are inactive or belong
 *   to another client are a field error on the attendees.
 * - nextDueAt defaults to occurredAt + the cadence of the client's tier (the agency's setting).
 */
export async function logCheckIn({ input, member, tx, audit }: ActionContext<LogCheckInInput>) {
  const { agencyId } = member;
  const account = await tx.account.findFirst({
    where: { agencyId, id: input.accountId, archivedAt: null },
    select: { id: true, name: true, amId: true, clientId: true, client: { select: { name: true, tier: true } } },
  });
  if (!account) throw notFound("That account");
  if (!mayLogCheckIn(member, account.amId)) throw forbidden("You can log check-ins only on accounts you manage.");

  if (input.attendeeIds.length > 0) {
    const contacts = await tx.contact.findMany({
      where: { agencyId, id: { in: input.attendeeIds } },
      select: { id: true, clientId: true, active: true },
    });
    if (contacts.length !== input.attendeeIds.length) throw notFound("That contact");
    if (contacts.some((c) => c.clientId !== account.clientId || !c.active)) {
      throw new ActionError("invalid", INVALID_INPUT_MESSAGE, {
        attendeeIds: [`Choose active contacts of ${account.client.name}.`],
      });
    }
  }

  const agency = await tx.agency.findFirstOrThrow({
    where: { id: agencyId },
    select: { cadenceTier1Days: true, cadenceTier2Days: true, cadenceTier3Days: true },
  });
  const occurredAt = input.occurredAt ?? new Date();
  const nextDueAt = input.nextDueAt ?? defaultNextDue(occurredAt, cadenceFromAgency(agency)[account.client.tier]);

  const checkIn = await tx.checkIn.create({
    data: {
      agencyId,
      accountId: account.id,
      authorId: member.membershipId,
      occurredAt,
      channel: input.channel,
      sentiment: input.sentiment,
      sentimentReason: input.sentimentReason ?? null,
      summary: input.summary,
      nextSteps: input.nextSteps ?? null,
      nextDueAt,
    },
    select: { id: true },
  });
  if (input.attendeeIds.length > 0) {
    await tx.checkInContact.createMany({
      data: input.attendeeIds.map((contactId) => ({ agencyId, checkInId: checkIn.id, contactId })),
    });
  }
  await audit({
    action: "checkIn.logged",
    entityType: "CheckIn",
    entityId: checkIn.id,
    after: {
      accountId: account.id,
      occurredAt,
      channel: input.channel,
      sentiment: input.sentiment,
      sentimentReason: input.sentimentReason ?? null,
      attendeeIds: input.attendeeIds,
      nextDueAt,
    },
  });
  // Follow-ups (issue 14): the account's overdue follow-up resolves now, in this transaction; the full sync (other
  // signals this check-in may clear) is enqueued in the same transaction, so it exists exactly when the check-in does.
  await resolveCheckInFollowUp(tx, agencyId, account.id);
  await enqueueInTx(tx, agencyId, "follow-ups:sync");
  return { checkInId: checkIn.id, accountId: account.id, nextDueAt: nextDueAt.toISOString() };
}
