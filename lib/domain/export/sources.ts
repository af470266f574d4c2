import type { MemberContext } from "@/lib/auth/membership";
import { Prisma } from "@/lib/db/generated/client";
import { andWhen } from "@/lib/db/sql-filters";
import { ACCOUNT_TERMS } from "@/lib/domain/accounts/terms";
import type { CheckInView } from "@/lib/domain/check-ins/timeline";
import { ACCOUNT_ROW_FIELDS } from "@/lib/domain/import/columns";
import { PROJECT_STATUS_COLUMNS } from "@/lib/domain/projects/queries";
import { isoDay, isoTime } from "./csv";
import type { ExportFilters } from "./filters";
import { listSource, setFilters, tableSource } from "./list-source";
import type { ExportSource } from "./stream";

/**
 * What each list exports, with the list's filters. Reading is open to every "portfolio:read" member, who reads the
 * whole agency on the pages too; archived rows are left out, as on the pages. Every where starts with agencyId.
 * The accounts export writes exactly the import's headers, so exporting and re-importing changes nothing.
 */
const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

export function accountsSource(agencyId: string, f: ExportFilters<"accounts">): ExportSource {
  return tableSource(
    agencyId,
    ACCOUNT_ROW_FIELDS,
    (tx, batch) =>
      tx.account.findMany({
        ...batch({
          archivedAt: null,
          ...setFilters({ status: f.status, amId: f.amId }),
          client: { archivedAt: null, ...(f.tier && { tier: f.tier }) },
          ...(f.q && { OR: [{ name: contains(f.q) }, { client: { name: contains(f.q) } }] }),
        }),
        select: {
          id: true,
          name: true,
          ...ACCOUNT_TERMS,
          am: { select: { user: { select: { email: true } } } },
          client: { select: { name: true, tier: true, status: true, industry: true, clientSince: true } },
        },
      }),
    (a) => [
      a.client.name,
      a.client.tier,
      a.client.status,
      a.client.industry,
      isoDay(a.client.clientSince),
      a.name,
      a.am.user.email,
      a.kind,
      a.monthlyValue.toFixed(2),
      a.complexity,
      a.status,
      isoDay(a.startDate),
      isoDay(a.renewalDate),
    ],
  );
}

export function clientsSource(agencyId: string, f: ExportFilters<"clients">): ExportSource {
  return tableSource(
    agencyId,
    [
      "client_name",
      "client_tier",
      "client_status",
      "client_industry",
      "client_since",
      "active_accounts",
      "monthly_value",
    ],
    (tx, batch) =>
      tx.client.findMany({
        ...batch({
          archivedAt: null,
          ...setFilters({ tier: f.tier, status: f.status }),
          ...(f.q && { name: contains(f.q) }),
          ...(f.amId && { accounts: { some: { agencyId, amId: f.amId, archivedAt: null } } }),
        }),
        select: {
          id: true,
          name: true,
          tier: true,
          status: true,
          industry: true,
          clientSince: true,
          accounts: {
            where: { agencyId, archivedAt: null, status: { in: ["ACTIVE", "AT_RISK"] } },
            select: { monthlyValue: true },
          },
        },
      }),
    (c) => [
      c.name,
      c.tier,
      c.status,
      c.industry,
      isoDay(c.clientSince),
      c.accounts.length,
      c.accounts.reduce((sum, a) => sum + Math.round(Number(a.monthlyValue) * 100), 0) / 100,
    ],
  );
}

type CheckInRow = Omit<CheckInView, "authorName" | "attendees"> & {
  clientName: string;
  accountName: string;
  author: string;
};

/**
 * The one export that gets long (250,000 rows on the scale tenant), so it is one joined SQL statement per batch,
 * walking the (agencyId, id) unique index, instead of the ORM's per-relation follow-up queries.
 */
export function checkInsSource(agencyId: string, f: ExportFilters<"check-ins">): ExportSource {
  const from = f.from ? new Date(`${f.from}T00:00:00Z`) : null;
  const to = f.to ? new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) : null;
  const filters = [
    andWhen(f.accountId, (accountId) => Prisma.sql`c."accountId" = ${accountId}::uuid`),
    andWhen(f.amId, (amId) => Prisma.sql`a."amId" = ${amId}::uuid`),
    andWhen(from, (since) => Prisma.sql`c."occurredAt" >= ${since}`),
    andWhen(to, (until) => Prisma.sql`c."occurredAt" < ${until}`),
  ];
  return listSource(
    [
      "occurred_at",
      "client_name",
      "account_name",
      "author",
      "channel",
      "sentiment",
      "sentiment_reason",
      "summary",
      "next_steps",
      "next_due_at",
    ],
    (tx, cursor, take) =>
      tx.$queryRaw<CheckInRow[]>`
        SELECT c.id::text AS id, c."occurredAt", cl.name AS "clientName", a.name AS "accountName", u.name AS author,
               c.channel::text AS channel, c.sentiment::int AS sentiment, c."sentimentReason"::text AS "sentimentReason",
               c.summary, c."nextSteps", c."nextDueAt"
        FROM "CheckIn" c
        JOIN "Account" a ON a."agencyId" = c."agencyId" AND a.id = c."accountId"
        JOIN "Client" cl ON cl."agencyId" = a."agencyId" AND cl.id = a."clientId"
        JOIN "Membership" m ON m."agencyId" = c."agencyId" AND m.id = c."authorId"
        JOIN "User" u ON u.id = m."userId"
        WHERE c."agencyId" = ${agencyId}::uuid ${cursor ? Prisma.sql`AND c.id > ${cursor}::uuid` : Prisma.empty}
          ${Prisma.join(filters, " ")}
        ORDER BY c.id
        LIMIT ${take}`,
    (c) => [
      isoTime(c.occurredAt),
      c.clientName,
      c.accountName,
      c.author,
      c.channel,
      c.sentiment,
      c.sentimentReason,
      c.summary,
      c.nextSteps,
      isoTime(c.nextDueAt),
    ],
  );
}

export function projectsSource(member: MemberContext, f: ExportFilters<"projects">): ExportSource {
  return tableSource(
    member.agencyId,
    [
      "project_name",
      "client_name",
      "account_name",
      "pm",
      "status",
      "percent_complete",
      "budget",
      "spent",
      "start_date",
      "due_date",
      "last_status_at",
    ],
    (tx, batch) =>
      tx.project.findMany({
        ...batch({
          archivedAt: null,
          ...(f.mine && { pmId: member.membershipId }),
          ...(f.status && { status: f.status }),
        }),
        select: {
          id: true,
          name: true,
          ...PROJECT_STATUS_COLUMNS,
          startDate: true,
          dueDate: true,
          pm: { select: { user: { select: { name: true } } } },
          account: { select: { name: true, client: { select: { name: true } } } },
        },
      }),
    (p) => [
      p.name,
      p.account.client.name,
      p.account.name,
      p.pm.user.name,
      p.status,
      p.percentComplete,
      p.budget.toFixed(2),
      p.spent.toFixed(2),
      isoDay(p.startDate),
      isoDay(p.dueDate),
      isoTime(p.lastStatusAt),
    ],
  );
}
