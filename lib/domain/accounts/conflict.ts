import { ActionError, notFound } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";
import { atWhen, lastChangeOf } from "@/lib/domain/audit/last-change";
import { toIsoDate } from "@/lib/domain/clients/form-fields";
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
  const { changedBy, changedAt, at } = await lastChangeOf(tx, agencyId, "Account", accountId);
  const current: AccountConflict = {
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
    changedBy,
    changedAt,
  };
  const who = current.changedBy ?? "someone else";
  const when = atWhen(at);
  const what = account.archivedAt ? "Archived" : "Changed";
  return new ActionError("conflict", `${what} by ${who}${when} — review and retry.`, undefined, current);
}
