import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { forbidden, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import { WRITE, canAnyOrOwn } from "@/lib/auth/permissions";
import type { moveLeadSchema } from "./schemas";

type Who = { roles: readonly string[]; membershipId: string };

/**
 * A new-business lead is an opportunity of the growth pipeline without an account: the growth rule applies, with the
 * lead's owner in the account owner's place (leaders move any lead, AMs their own).
 */
export function mayMoveLead(member: Who, ownerId: string): boolean {
  return canAnyOrOwn(member.roles, WRITE.growth, ownerId === member.membershipId);
}

export async function moveLead({ input, member, tx, audit }: ActionContext<z.infer<typeof moveLeadSchema>>) {
  const { agencyId } = member;
  const lead = await tx.newBusinessLead.findFirst({
    where: { agencyId, id: input.leadId },
    select: { id: true, ownerId: true, stage: true },
  });
  if (!lead) throw notFound("That lead");
  if (!mayMoveLead(member, lead.ownerId)) throw forbidden("You can move only the leads you own.");
  if (lead.stage === input.stage) return { leadId: lead.id, stage: lead.stage };
  await tx.newBusinessLead.updateMany({ where: { agencyId, id: lead.id }, data: { stage: input.stage } });
  await audit(fieldChange("lead.stage_changed", "NewBusinessLead", lead.id, { stage: [lead.stage, input.stage] }));
  return { leadId: lead.id, stage: input.stage };
}
