"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidatePages } from "@/lib/actions/revalidate";
import {
  createContact as create,
  editContact as edit,
  setContactActive as setActive,
} from "@/lib/domain/contacts/mutations";
import { createContactSchema, editContactSchema, setContactActiveSchema } from "@/lib/domain/contacts/schemas";

/**
 * Contact actions: open to every reader at the wrapper; the domain mutation allows leaders ("contacts:write") on any
 * client and AMs ("contacts:write:own") on clients they own a live account of, and refuses the rest with `forbidden`.
 */
export const createContact = defineAction({
  name: "contacts.create",
  schema: createContactSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await create(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/clients/[clientId]", "/accounts/[accountId]"]);
    return result;
  },
});

export const editContact = defineAction({
  name: "contacts.edit",
  schema: editContactSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await edit(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/clients/[clientId]", "/accounts/[accountId]"]);
    return result;
  },
});

export const setContactActive = defineAction({
  name: "contacts.setActive",
  schema: setContactActiveSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await setActive(ctx);
    await revalidatePages(ctx.member.agencySlug, ["/portfolio", "/clients/[clientId]", "/accounts/[accountId]"]);
    return result;
  },
});
