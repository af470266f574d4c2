import { z } from "zod";
import type { MemberContext } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { agencyCurrency } from "@/lib/domain/projects/queries";
import { pageRequest } from "@/lib/pagination/keyset";
import { resolveAccountView } from "./list-filter";
import { countAccounts, listAccountsPage } from "./list-page";
import { listAccountManagers, listClientOptions } from "./queries";
import { accountListFilterSchema } from "./schemas";

type Search = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * What the accounts list page shows for this member and URL: whose book (AMs land on their own), the filtered page, its
 * count, and the new-account form's pickers when the member may create accounts.
 */
export async function loadAccountList(member: MemberContext, raw: Search) {
  const filter = accountListFilterSchema.parse({
    q: first(raw.q),
    tier: first(raw.tier),
    status: first(raw.status),
    am: first(raw.am),
    view: first(raw.view),
  });
  // "New account" for a given client (the link on a client's page) opens the form with that client chosen.
  const forClient = z.uuid().safeParse(first(raw.client)).data;
  const isAm = member.roles.includes("AM");
  const { view, query } = resolveAccountView(filter, { isAm, membershipId: member.membershipId });
  const mayCreate = can(member.roles, "accounts:write");
  const { agencyId } = member;
  const data = await withTenant(agencyId, member.user.id, async (tx) => ({
    page: await listAccountsPage(tx, agencyId, query, pageRequest(raw)),
    count: await countAccounts(tx, agencyId, query),
    ams: await listAccountManagers(tx, agencyId),
    clients: mayCreate ? await listClientOptions(tx, agencyId, forClient) : [],
    currency: await agencyCurrency(tx, agencyId),
  }));
  return {
    ...data,
    filter,
    forClient,
    isAm,
    view,
    query,
    mayCreate,
    // The form's pickers hold every AM and up to 200 clients: a large agency renders it only when asked (`?new`).
    formAsked: raw.new !== undefined || forClient !== undefined,
    filtered: Boolean(query.q || query.tier || query.status || (view === "all" && query.amId)),
  };
}

export type AccountList = Awaited<ReturnType<typeof loadAccountList>>;
