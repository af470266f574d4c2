import type { ClientTierValue } from "@/lib/domain/clients/schemas";
import type { AccountListFilter, AccountStatusValue } from "./schemas";

/** What the list query filters on, after the page has decided whose book to show. */
export type AccountFilterInput = { q?: string; tier?: ClientTierValue; status?: AccountStatusValue; amId?: string };

/**
 * AMs land on "My book" (their own accounts); "All accounts" is one tab away. Everyone else sees all accounts.
 * On "My book" the AM filter is the viewer; elsewhere it is whatever the AM picker says.
 */
export function resolveAccountView(
  filter: AccountListFilter,
  viewer: { isAm: boolean; membershipId: string },
): { view: "mine" | "all"; query: AccountFilterInput } {
  const view = viewer.isAm && filter.view !== "all" ? "mine" : "all";
  return {
    view,
    query: {
      q: filter.q || undefined,
      tier: filter.tier,
      status: filter.status,
      amId: view === "mine" ? viewer.membershipId : filter.am,
    },
  };
}
