import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import type { Ctx } from "@/lib/domain/action-context";
import { lockOpenClient } from "@/lib/domain/clients/mutations";
import { mayWriteClientScoped } from "@/lib/domain/clients/ownership";
import { CONTACT_CARD } from "./queries";

/**
 * Contact writes. Leaders ("contacts:write") on any client; AMs ("contacts:write:own") on clients they own a live
 * account of. Contacts are never deleted (check-ins name their attendees): deactivating sets active = false.
 * At most one primary contact per client: making one primary clears the flag on the others in the same transaction,
 * after taking the client's row lock (lockOpenClient), so two people making different contacts primary at once cannot
 * both win — the second waits, then clears the first's flag. An inactive contact cannot be primary.
 */

const contactColumns = { ...CONTACT_CARD, clientId: true } as const;

async function assertMayWrite(tx: TenantTx, member: MemberContext, clientId: string) {
  const allowed = await mayWriteClientScoped(tx, member, clientId, {
    any: "contacts:write",
    own: "contacts:write:own",
  });
  if (!allowed) throw forbidden("You can change contacts only of clients whose accounts you manage.");
}

async function clearOtherPrimaries(tx: TenantTx, agencyId: string, clientId: string, keepId: string) {
  await tx.contact.updateMany({
    where: { agencyId, clientId, isPrimary: true, id: { not: keepId } },
    data: { isPrimary: false },
  });
}

async function loadContact(tx: TenantTx, agencyId: string, contactId: string) {
  const contact = await tx.contact.findFirst({
    where: { agencyId, id: contactId, client: { archivedAt: null } },
    select: contactColumns,
  });
  if (!contact) throw notFound("That contact");
  return contact;
}

export async function createContact({ input, member, tx, audit }: Ctx<"createContactSchema">) {
  const { agencyId } = member;
  // Locked whether or not the contact is primary: it also keeps the client from being archived meanwhile.
  if (!(await lockOpenClient(tx, agencyId, input.clientId))) throw notFound("That client");
  await assertMayWrite(tx, member, input.clientId);
  const { clientId, ...fields } = input;
  const contact = await tx.contact.create({ data: { agencyId, clientId, ...fields }, select: { id: true } });
  if (fields.isPrimary) await clearOtherPrimaries(tx, agencyId, clientId, contact.id);
  await audit({ action: "contact.created", entityType: "Contact", entityId: contact.id, after: input });
  return { contactId: contact.id };
}

export async function editContact({ input, member, tx, audit }: Ctx<"editContactSchema">) {
  const { agencyId } = member;
  const before = await loadContact(tx, agencyId, input.contactId);
  await assertMayWrite(tx, member, before.clientId);
  if (input.isPrimary && !before.active) {
    throw new ActionError("invalid", INVALID_INPUT_MESSAGE, {
      isPrimary: ["Reactivate the contact before making them primary."],
    });
  }
  const { contactId, ...fields } = input;
  if (fields.isPrimary) await lockOpenClient(tx, agencyId, before.clientId);
  await tx.contact.update({ where: { agencyId, id: contactId }, data: fields });
  if (fields.isPrimary) await clearOtherPrimaries(tx, agencyId, before.clientId, contactId);
  await audit({ action: "contact.edited", entityType: "Contact", entityId: contactId, before, after: fields });
  return { contactId };
}

export async function setContactActive({ input, member, tx, audit }: Ctx<"setContactActiveSchema">) {
  const { agencyId } = member;
  const before = await loadContact(tx, agencyId, input.contactId);
  await assertMayWrite(tx, member, before.clientId);
  if (before.active === input.active) return { contactId: before.id, active: before.active };
  // A deactivated contact stops being primary: the primary is who the team should call.
  const data = input.active ? { active: true } : { active: false, isPrimary: false };
  await tx.contact.update({ where: { agencyId, id: before.id }, data });
  await audit({
    action: input.active ? "contact.reactivated" : "contact.deactivated",
    entityType: "Contact",
    entityId: before.id,
    before: { active: before.active, isPrimary: before.isPrimary },
    after: data,
  });
  return { contactId: before.id, active: input.active };
}
