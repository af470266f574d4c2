"use server";

import { actionGroup } from "@/lib/actions/define-action";
import { WRITE } from "@/lib/auth/permissions";
import {
  createContact as create,
  editContact as edit,
  setContactActive as setActive,
} from "@/lib/domain/contacts/mutations";
import { createContactSchema, editContactSchema, setContactActiveSchema } from "@/lib/domain/contacts/schemas";

/**
 * Contact actions: any or own (leaders on any client, AMs on clients they own a live account of); the mutation asks
 * the rule in lib/domain/clients/ownership.ts on the loaded client.
 */
const contactAction = actionGroup("contacts", {
  permission: WRITE.contacts,
  revalidate: ["/portfolio", "/clients/[clientId]", "/accounts/[accountId]"],
});

export const createContact = contactAction("create", createContactSchema, create);
export const editContact = contactAction("edit", editContactSchema, edit, {
  revalidate: ["/clients/[clientId]", "/accounts/[accountId]"],
});
export const setContactActive = contactAction("setActive", setContactActiveSchema, setActive);
