"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES, revalidatePages } from "@/lib/actions/revalidate";
import { archiveClient as archive, createClient as create, editClient as edit } from "@/lib/domain/clients/mutations";
import { archiveClientSchema, createClientSchema, editClientSchema } from "@/lib/domain/clients/schemas";

/**
 * Client actions. Creating and archiving are for leaders ("accounts:write"). Editing is open to every reader at the
 * wrapper because the real rule is per client (leaders any; AMs those they own a live account of, not the tier):
 * the domain mutation checks it on the loaded row and refuses with `forbidden`, audited by the wrapper.
 */
export const createClient = defineAction({
  name: "clients.create",
  schema: createClientSchema,
  permission: "accounts:write",
  run: async (ctx) => {
    const result = await create(ctx);
    await revalidatePages(ctx.member.agencySlug, [...PORTFOLIO_PAGES, "/clients"]);
    return result;
  },
});

export const editClient = defineAction({
  name: "clients.edit",
  schema: editClientSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await edit(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/clients",
      `/clients/${ctx.input.clientId}`,
      "/accounts",
      "/accounts/[accountId]",
    ]);
    return result;
  },
});

export const archiveClient = defineAction({
  name: "clients.archive",
  schema: archiveClientSchema,
  permission: "accounts:write",
  run: async (ctx) => {
    const result = await archive(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/clients",
      `/clients/${ctx.input.clientId}`,
      "/accounts",
      "/accounts/[accountId]",
    ]);
    return result;
  },
});
