"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES, revalidatePages } from "@/lib/actions/revalidate";
import {
  archiveAccount as archive,
  createAccount as create,
  editAccount as edit,
  reassignAccount as reassign,
} from "@/lib/domain/accounts/mutations";
import {
  archiveAccountSchema,
  createAccountSchema,
  editAccountSchema,
  reassignAccountSchema,
} from "@/lib/domain/accounts/schemas";

/**
 * Account actions. Create and archive: leaders ("accounts:write"); reassign: "accounts:reassign". Edit is open to
 * every reader at the wrapper because the rule is per account (leaders any, AMs their own): the domain mutation checks
 * it on the loaded row and refuses with `forbidden`, audited by the wrapper.
 */
export const createAccount = defineAction({
  name: "accounts.create",
  schema: createAccountSchema,
  permission: "accounts:write",
  run: async (ctx) => {
    const result = await create(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/accounts",
      `/accounts/${result.accountId}`,
      "/clients/[clientId]",
    ]);
    return result;
  },
});

export const editAccount = defineAction({
  name: "accounts.edit",
  schema: editAccountSchema,
  permission: "portfolio:read",
  run: async (ctx) => {
    const result = await edit(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/accounts",
      `/accounts/${ctx.input.accountId}`,
      "/clients/[clientId]",
      "/projects",
    ]);
    return result;
  },
});

export const archiveAccount = defineAction({
  name: "accounts.archive",
  schema: archiveAccountSchema,
  permission: "accounts:write",
  run: async (ctx) => {
    const result = await archive(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/accounts",
      `/accounts/${ctx.input.accountId}`,
      "/clients/[clientId]",
      "/projects",
    ]);
    return result;
  },
});

export const reassignAccount = defineAction({
  name: "accounts.reassign",
  schema: reassignAccountSchema,
  permission: "accounts:reassign",
  run: async (ctx) => {
    const result = await reassign(ctx);
    await revalidatePages(ctx.member.agencySlug, [
      ...PORTFOLIO_PAGES,
      "/accounts",
      `/accounts/${ctx.input.accountId}`,
      "/clients/[clientId]",
    ]);
    return result;
  },
});
