"use server";

import { actionGroup, defineAction } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { WRITE } from "@/lib/auth/permissions";
import { archiveClient as archive, createClient as create, editClient as edit } from "@/lib/domain/clients/mutations";
import { archiveClientSchema, createClientSchema, editClientSchema } from "@/lib/domain/clients/schemas";

/**
 * Client actions. Creating and archiving are for leaders ("accounts:write"). Editing: any or own (leaders any client;
 * AMs those they own a live account of, not the tier); the mutation asks the rule in lib/domain/clients/ownership.ts.
 */
const clientAction = actionGroup<unknown, { clientId: string }>("clients", {
  permission: "accounts:write",
  revalidate: (_data, input) => [
    ...PORTFOLIO_PAGES,
    "/clients",
    `/clients/${input.clientId}`,
    "/accounts",
    "/accounts/[accountId]",
  ],
});

export const createClient = defineAction({
  name: "clients.create",
  schema: createClientSchema,
  permission: "accounts:write",
  run: create,
  revalidate: [...PORTFOLIO_PAGES, "/clients"],
});
export const editClient = clientAction("edit", editClientSchema, edit, { permission: WRITE.accounts });
export const archiveClient = clientAction("archive", archiveClientSchema, archive);
