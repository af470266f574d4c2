"use server";

import { defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { WRITE } from "@/lib/auth/permissions";
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
 * Account actions. Create and archive: leaders ("accounts:write"); reassign: "accounts:reassign". Edit: any or own
 * (leaders any account, AMs their own); the mutation asks mayEditAccount (lib/domain/accounts/access.ts) on the loaded
 * row, as the pages do before showing the form.
 */
export const createAccount = defineAction({
  name: "accounts.create",
  schema: createAccountSchema,
  permission: "accounts:write",
  run: create,
  revalidate: (data) => [...PORTFOLIO_PAGES, "/accounts", `/accounts/${data.accountId}`, "/clients/[clientId]"],
});

export const editAccount = defineAction({
  name: "accounts.edit",
  schema: editAccountSchema,
  permission: WRITE.accounts,
  run: edit,
  revalidate: (_data, input) => [
    ...PORTFOLIO_PAGES,
    "/accounts",
    `/accounts/${input.accountId}`,
    "/clients/[clientId]",
    "/projects",
  ],
});

export const archiveAccount = defineAction({
  name: "accounts.archive",
  schema: archiveAccountSchema,
  permission: "accounts:write",
  run: archive,
  revalidate: (_data, input) => [
    ...PORTFOLIO_PAGES,
    "/accounts",
    `/accounts/${input.accountId}`,
    "/clients/[clientId]",
    "/projects",
  ],
});

export const reassignAccount = defineAction({
  name: "accounts.reassign",
  schema: reassignAccountSchema,
  permission: "accounts:reassign",
  run: reassign,
  revalidate: (_data, input) => [
    ...PORTFOLIO_PAGES,
    "/accounts",
    `/accounts/${input.accountId}`,
    "/clients/[clientId]",
  ],
});
