import { notFound, type ActionError } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";
import { conflictRefusal, lastChangeOf } from "@/lib/domain/audit/last-change";
import { toIsoDate } from "@/lib/format/dates";
import type { AccountKindValue, AccountStatusValue, ComplexityValue } from "./schemas";
import { ACCOUNT_TERMS } from "./terms";

/** What a stale form is told: the account as it is now, and who changed it last (from the audit trail). */
export type AccountConflict = {
  name: string;
  kind: AccountKindValue;
  monthlyValue: string;
  complexity: ComplexityValue;
  status: AccountStatusValue;
  startDate: string;
  renewalDate: string | null;
  amId: string;
  amName: string;
  version: number;
  changedBy: string | null;
  changedAt: string | null;
};

export async function accountConflict(tx: TenantTx, agencyId: string, accountId: string): Promise<ActionError> {
  const account = await tx.account.findFirst({
    where: { agencyId, id: accountId },
    select: {
      name: true,
      ...ACCOUNT_TERMS,
      archivedAt: true,
      version: true,
      am: { select: { id: true, user: { select: { name: true } } } },
    },
  });
  if (!account) return notFound("That account");
  const last = await lastChangeOf(tx, agencyId, "Account", accountId);
  const current: Omit<AccountConflict, "changedBy" | "changedAt"> = {
    name: account.name,
    kind: account.kind,
    monthlyValue: account.monthlyValue.toFixed(2),
    complexity: account.complexity,
    status: account.status,
    startDate: toIsoDate(account.startDate) ?? "",
    renewalDate: toIsoDate(account.renewalDate),
    amId: account.am.id,
    amName: account.am.user.name,
    version: account.version,
  };
  return conflictRefusal(last, current, account.archivedAt ? "Archived" : "Changed");
}
