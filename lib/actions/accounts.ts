"use server";

import { actionGroup, defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES, type AgencyPagePath } from "@/lib/actions/revalidate";
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
const accountPages = (accountId: string, extra: readonly AgencyPagePath[] = []) => [
  ...PORTFOLIO_PAGES,
  "/accounts" as const,
  `/accounts/${accountId}` as const,
  `/accounts/${accountId}/edit` as const,
  "/clients/[clientId]" as const,
  ...extra,
];
const accountAction = actionGroup<unknown, { accountId: string }>("accounts", {
  permission: "accounts:write",
  revalidate: (_data, input) => accountPages(input.accountId, ["/projects"]),
});

export const createAccount = defineAction({
  name: "accounts.create",
  schema: createAccountSchema,
  permission: "accounts:write",
  run: create,
  revalidate: (data) => accountPages(data.accountId),
});
export const editAccount = accountAction("edit", editAccountSchema, edit, { permission: WRITE.accounts });
export const archiveAccount = accountAction("archive", archiveAccountSchema, archive);
export const reassignAccount = accountAction("reassign", reassignAccountSchema, reassign, {
  permission: "accounts:reassign",
  revalidate: (_data, input) => accountPages(input.accountId),
});
