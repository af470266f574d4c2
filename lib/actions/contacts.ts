"use server";

import { defineAction } from "@/lib/actions/define-action";
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
export const createContact = defineAction({
  name: "contacts.create",
  schema: createContactSchema,
  permission: WRITE.contacts,
  run: create,
  revalidate: ["/portfolio", "/clients/[clientId]", "/accounts/[accountId]"],
});

export const editContact = defineAction({
  name: "contacts.edit",
  schema: editContactSchema,
  permission: WRITE.contacts,
  run: edit,
  revalidate: ["/clients/[clientId]", "/accounts/[accountId]"],
});

export const setContactActive = defineAction({
  name: "contacts.setActive",
  schema: setContactActiveSchema,
  permission: WRITE.contacts,
  run: setActive,
  revalidate: ["/portfolio", "/clients/[clientId]", "/accounts/[accountId]"],
});
