import { GrowthPlans } from "@/components/drilldown/growth-plans";
import type { MemberContext } from "@/lib/auth/membership";
import { mayWriteGrowth } from "@/lib/domain/growth/access";
import type { AccountHeader } from "@/lib/domain/accounts/queries";
import type { GrowthPlanView, OwnerOption } from "@/lib/domain/growth/queries";
import { GrowthPanel } from "./growth-panel-client";

/**
 * The account's growth plans: editable (status, board, actions, forms) for whoever may write them — leaders, and the
 * AM who owns the account (lib/domain/growth/access.ts, the rule the server enforces) — read-only for everyone else.
 * Archived accounts are read-only for all, as the server refuses writes to them.
 */
export function GrowthSection({
  member,
  account,
  plans,
  owners,
  currency,
  today,
}: {
  member: MemberContext;
  account: Pick<AccountHeader, "id" | "archivedAt" | "am" | "client">;
  plans: GrowthPlanView[];
  /** Who may own a growth action: the agency's active members. */
  owners: OwnerOption[];
  currency: string;
  today: Date;
}) {
  if (account.archivedAt || !mayWriteGrowth(member, account.am.id)) {
    return <GrowthPlans plans={plans} currency={currency} today={today} />;
  }
  return (
    <GrowthPanel
      slug={member.agencySlug}
      accountId={account.id}
      plans={plans}
      currency={currency}
      owners={owners}
      defaultOwnerId={member.membershipId}
      today={today}
      tierOne={account.client.tier === "TIER_1"}
    />
  );
}
