import { ActionError, notFound } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";
import { toIsoDate } from "@/lib/domain/clients/form-fields";
import type { AccountKindValue, AccountStatusValue, ComplexityValue } from "./schemas";

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

const WHEN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export async function accountConflict(tx: TenantTx, agencyId: string, accountId: string): Promise<ActionError> {
  const account = await tx.account.findFirst({
    where: { agencyId, id: accountId },
    select: {
      name: true,
      kind: true,
      monthlyValue: true,
      complexity: true,
      status: true,
      startDate: true,
      renewalDate: true,
      archivedAt: true,
      version: true,
      am: { select: { id: true, user: { select: { name: true } } } },
    },
  });
  if (!account) return notFound("That account");
  const event = await tx.auditEvent.findFirst({
    where: { agencyId, entityType: "Account", entityId: accountId },
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
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
    changedBy: event?.actor?.name ?? null,
    changedAt: event?.createdAt.toISOString() ?? null,
  };
  const who = current.changedBy ?? "someone else";
  const when = event ? ` at ${WHEN.format(event.createdAt)} UTC` : "";
  const what = account.archivedAt ? "Archived" : "Changed";
  return new ActionError("conflict", `${what} by ${who}${when} — review and retry.`, undefined, current);
}
