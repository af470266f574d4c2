import type { TenantTx } from "@/lib/db/tenant";
import type { StageValue } from "@/lib/domain/growth/schemas";
import { monthKey, monthStart, recentMonths } from "./months";
import { monthAgainstScope, type MonthAgainstScope, type RetainerTerms } from "./over-servicing";
import type { ScopeDecisionValue } from "./schemas";

/** Months of hours against scope shown on the account page, and rows of each short log (the export has them all). */
export const ACCOUNT_MONTHS = 6;
export const RECENT_ROWS = 10;

/** The account page's few newest rows of a log, by `column` (the id breaks ties). */
const newestRows = <C extends string>(column: C) => ({
  orderBy: [{ [column]: "desc" } as Record<C, "desc">, { id: "desc" as const }],
  take: RECENT_ROWS,
});

/** A scope request as the account page and the CSV export show it. */
export const SCOPE_REQUEST_COLUMNS = {
  contact: { select: { name: true } },
  id: true,
  askedOn: true,
  summary: true,
  estimateHours: true,
  decision: true,
} as const;

export type ScopeRequestView = {
  id: string;
  askedOn: Date;
  contactName: string | null;
  summary: string;
  estimateHours: number;
  decision: ScopeDecisionValue;
};

/** A value change as the account page and the CSV export show it (the opportunity's columns differ). */
export const VALUE_CHANGE_COLUMNS = {
  id: true,
  changedAt: true,
  kind: true,
  fromValue: true,
  toValue: true,
  viaImport: true,
  amId: true,
} as const;

export type ValueChangeView = {
  id: string;
  changedAt: Date;
  kind: string;
  fromValue: number;
  toValue: number;
  viaImport: boolean;
  amName: string | null;
  opportunity: { id: string; serviceLine: string } | null;
};

export type AccountCommercial = {
  scope: RetainerTerms | null;
  months: MonthAgainstScope[];
  /** Hours recorded by hand this month and last (the form starts from them). */
  requests: ScopeRequestView[];
  requestCount: number;
  valueChanges: ValueChangeView[];
  valueChangeCount: number;
  wonOpportunities: { id: string; serviceLine: string }[];
  contacts: { id: string; name: string }[];
};

export async function readAccountCommercial(
  tx: TenantTx,
  agencyId: string,
  account: { id: string; clientId: string },
  today: Date,
): Promise<AccountCommercial> {
  const accountId = account.id;
  const scopeRow = await tx.retainerScope.findUnique({
    where: { agencyId_accountId: { agencyId, accountId } },
    select: { monthlyHours: true, monthlyFee: true, blendedRate: true },
  });
  const scope = scopeRow && {
    monthlyHours: Number(scopeRow.monthlyHours),
    monthlyFee: Number(scopeRow.monthlyFee),
    blendedRate: scopeRow.blendedRate === null ? null : Number(scopeRow.blendedRate),
  };
  const since = monthStart(today, 1 - ACCOUNT_MONTHS);
  const usage = await tx.$queryRaw<{ month: string; hours: number; absorbedHours: number }[]>`
    SELECT coalesce(h."month", a."month") AS "month", coalesce(h."hours", 0) AS "hours",
           coalesce(a."hours", 0) AS "absorbedHours"
    FROM (SELECT to_char("workDate", 'YYYY-MM') AS "month", sum("hours")::float8 AS "hours" FROM "TimesheetEntry"
          WHERE "agencyId" = ${agencyId}::uuid AND "accountId" = ${accountId}::uuid AND "workDate" >= ${since}::date
          GROUP BY 1) h
    FULL JOIN (SELECT to_char("askedOn", 'YYYY-MM') AS "month", sum("estimateHours")::float8 AS "hours"
          FROM "ScopeRequest" WHERE "agencyId" = ${agencyId}::uuid AND "accountId" = ${accountId}::uuid
            AND "askedOn" >= ${since}::date AND "decision" = 'ABSORBED' GROUP BY 1) a ON a."month" = h."month"`;
  const byMonth = new Map(usage.map((u) => [u.month, u]));
  const terms = scope ?? { monthlyHours: 0, monthlyFee: 0, blendedRate: null };
  const months = recentMonths(today, ACCOUNT_MONTHS).map((m) => monthAgainstScope(terms, byMonth.get(m), m));

  const requests = await tx.scopeRequest.findMany({
    where: { agencyId, accountId },
    ...newestRows("askedOn"),
    select: SCOPE_REQUEST_COLUMNS,
  });
  const requestCount = await tx.scopeRequest.count({ where: { agencyId, accountId } });
  const changes = await tx.accountValueChange.findMany({
    where: { agencyId, accountId },
    ...newestRows("changedAt"),
    select: {
      ...VALUE_CHANGE_COLUMNS,
      opportunity: { select: { id: true, serviceLine: true } },
    },
  });
  const valueChangeCount = await tx.accountValueChange.count({ where: { agencyId, accountId } });
  const amIds = [...new Set(changes.map((c) => c.amId))];
  const ams = await tx.membership.findMany({
    where: { agencyId, id: { in: amIds } },
    select: { id: true, user: { select: { name: true } } },
  });
  const amName = new Map(ams.map((m) => [m.id, m.user.name]));
  const wonOpportunities = await readWonOpportunities(tx, agencyId, accountId);
  const contacts = await tx.contact.findMany({
    where: { agencyId, clientId: account.clientId },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 100,
    select: { id: true, name: true },
  });
  return {
    scope,
    months,
    requests: requests.map(({ contact, estimateHours, ...r }) => ({
      ...r,
      estimateHours: Number(estimateHours),
      contactName: contact?.name ?? null,
    })),
    requestCount,
    valueChanges: changes.map(({ amId, fromValue, toValue, ...c }) => ({
      ...c,
      fromValue: Number(fromValue),
      toValue: Number(toValue),
      amName: amName.get(amId) ?? null,
    })),
    valueChangeCount,
    wonOpportunities,
    contacts,
  };
}

/** The won opportunities of the account's growth plans: what a rise in value can be linked to. */
export function readWonOpportunities(tx: TenantTx, agencyId: string, accountId: string) {
  return tx.opportunity.findMany({
    where: { agencyId, stage: "WON", growthPlan: { accountId } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 50,
    select: { id: true, serviceLine: true },
  });
}

export type LeadView = {
  id: string;
  companyName: string;
  contactName: string;
  contactRole: string | null;
  stage: StageValue;
  createdAt: Date;
  ownerId: string;
  ownerName: string;
};

/** New-business leads, newest first: an AM's own, or everyone's (ownerId omitted). */
export async function readLeads(tx: TenantTx, agencyId: string, ownerId?: string, take = 20): Promise<LeadView[]> {
  const rows = await tx.newBusinessLead.findMany({
    where: { agencyId, ...(ownerId ? { ownerId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      companyName: true,
      contactName: true,
      contactRole: true,
      stage: true,
      createdAt: true,
      ownerId: true,
      owner: { select: { user: { select: { name: true } } } },
    },
  });
  return rows.map(({ owner, ...r }) => ({ ...r, ownerName: owner.user.name }));
}

export { monthKey };
