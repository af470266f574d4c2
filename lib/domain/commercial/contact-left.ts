import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import { readSettingsOrThrow } from "@/lib/domain/agencies/settings-queries";
import { signalRulesFromSettings } from "@/lib/domain/agencies/settings-rules";
import { mayWriteClientScoped } from "@/lib/domain/clients/ownership";
import { readClients } from "@/lib/domain/portfolio/queries";
import type { TenantTx } from "@/lib/db/tenant";
import type { MemberContext } from "@/lib/auth/membership";
import { relationshipRiskOf } from "./departure";
import type { markContactLeftSchema } from "./schemas";

type Ctx = ActionContext<z.infer<typeof markContactLeftSchema>>;

export type ContactLeftResult = {
  contactId: string;
  clientId: string;
  /** They were the primary contact: the AM is asked to name a new one. */
  needsNewPrimary: boolean;
  leadId: string | null;
  /** The client's relationship risk as it stands after the departure (null: none). */
  relationshipRisk: { severity: string; reason: string } | null;
};

/**
 * Who owns the new-business lead: the member if they are an AM, else the AM of the client's most valuable live
 * account (the person who held the relationship), else the member.
 */
async function leadOwner(tx: TenantTx, member: MemberContext, clientId: string): Promise<string> {
  if (member.roles.includes("AM")) return member.membershipId;
  const account = await tx.account.findFirst({
    where: { agencyId: member.agencyId, clientId, archivedAt: null },
    orderBy: [{ monthlyValue: "desc" }, { id: "asc" }],
    select: { amId: true },
  });
  return account?.amId ?? member.membershipId;
}

/**
 * A contact moved on: deactivated (and no longer primary), their departure recorded, a new-business lead opened for
 * their new company, and the client's relationship risk recomputed in the same transaction so the answer says at
 * once what the loss means. Contacts' own rule: leaders on any client, AMs on clients they own a live account of.
 */
export async function markContactLeft({ input, member, tx, audit }: Ctx): Promise<ContactLeftResult> {
  const { agencyId } = member;
  const contact = await tx.contact.findFirst({
    where: { agencyId, id: input.contactId, client: { archivedAt: null } },
    select: {
      id: true,
      name: true,
      clientId: true,
      isPrimary: true,
      active: true,
      departure: { select: { leftOn: true } },
    },
  });
  if (!contact) throw notFound("That contact");
  const allowed = await mayWriteClientScoped(tx, member, contact.clientId, {
    any: "contacts:write",
    own: "contacts:write:own",
  });
  if (!allowed) throw forbidden("You can change contacts only of clients whose accounts you manage.");
  if (contact.departure) {
    throw new ActionError("invalid", INVALID_INPUT_MESSAGE, { leftOn: ["This contact is already marked as left."] });
  }
  const leftOn = new Date(`${input.leftOn}T00:00:00Z`);
  await tx.contact.update({ where: { agencyId, id: contact.id }, data: { active: false, isPrimary: false } });
  await tx.contactDeparture.create({
    data: {
      agencyId,
      contactId: contact.id,
      clientId: contact.clientId,
      leftOn,
      newCompany: input.newCompany,
      newRole: input.newRole,
      wasPrimary: contact.isPrimary,
    },
  });
  let leadId: string | null = null;
  if (input.newCompany) {
    const lead = await tx.newBusinessLead.create({
      data: {
        agencyId,
        ownerId: await leadOwner(tx, member, contact.clientId),
        companyName: input.newCompany,
        contactName: contact.name,
        contactRole: input.newRole,
        sourceContactId: contact.id,
      },
      select: { id: true },
    });
    leadId = lead.id;
  }
  const today = new Date();
  const rules = signalRulesFromSettings(await readSettingsOrThrow(tx, agencyId));
  const [client] = await readClients(tx, agencyId, today, { clientId: contact.clientId });
  const risk = client ? relationshipRiskOf(client, today, rules) : null;
  await audit({
    action: "contact.left",
    entityType: "Contact",
    entityId: contact.id,
    before: { active: contact.active, isPrimary: contact.isPrimary },
    after: { ...input, active: false, isPrimary: false, leadId },
  });
  return {
    contactId: contact.id,
    clientId: contact.clientId,
    needsNewPrimary: contact.isPrimary,
    leadId,
    relationshipRisk: risk ? { severity: risk.severity, reason: risk.reason } : null,
  };
}
