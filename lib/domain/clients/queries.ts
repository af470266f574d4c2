import type { TenantTx } from "@/lib/db/tenant";
import { listClientContacts, type ClientContact } from "@/lib/domain/contacts/queries";
import { compareNames } from "@/lib/domain/portfolio/text";
import type { CheckInView } from "@/lib/domain/portfolio/drilldown-queries";
import type { ClientStatusValue, ClientTierValue } from "./schemas";

/** Reads for the client pages; agencyId is required and in every where (row-level security checks it again). */

export const CLIENT_CHECK_IN_LIMIT = 30;

export type ClientListItem = {
  id: string;
  name: string;
  industry: string | null;
  tier: ClientTierValue;
  status: ClientStatusValue;
  clientSince: Date | null;
  accountCount: number;
  contactCount: number;
  /** The viewing AM owns a live account of this client. */
  mine: boolean;
};

export type ClientAccount = {
  id: string;
  name: string;
  kind: "RETAINER" | "PROJECT";
  status: "ACTIVE" | "AT_RISK" | "PAUSED" | "CHURNED";
  monthlyValue: string;
  renewalDate: Date | null;
  archivedAt: Date | null;
  am: { id: string; name: string };
};

export type ClientDetail = Omit<ClientListItem, "accountCount" | "contactCount" | "mine"> & {
  contacts: ClientContact[];
  accounts: ClientAccount[];
};

/** One client (not archived) with its contacts (active first, primary first) and all its accounts; null if foreign. */
export async function getClient(tx: TenantTx, agencyId: string, clientId: string): Promise<ClientDetail | null> {
  const row = await tx.client.findFirst({
    where: { agencyId, id: clientId, archivedAt: null },
    select: {
      id: true,
      name: true,
      industry: true,
      tier: true,
      status: true,
      clientSince: true,
      accounts: {
        where: { agencyId },
        orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          kind: true,
          status: true,
          monthlyValue: true,
          renewalDate: true,
          archivedAt: true,
          am: { select: { id: true, user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    contacts: await listClientContacts(tx, agencyId, row.id),
    accounts: row.accounts.map(({ am, monthlyValue, ...a }) => ({
      ...a,
      monthlyValue: monthlyValue.toFixed(2),
      am: { id: am.id, name: am.user.name },
    })),
  };
}

export type ClientCheckIn = CheckInView & { accountId: string; accountName: string };

/** The newest check-ins across all of a client's accounts (archived ones included: history stays), bounded. */
export async function readClientCheckIns(
  tx: TenantTx,
  agencyId: string,
  clientId: string,
  limit = CLIENT_CHECK_IN_LIMIT,
): Promise<ClientCheckIn[]> {
  const rows = await tx.$queryRaw<ClientCheckIn[]>`
    SELECT ci."id", ci."occurredAt", ci."channel"::text AS "channel", ci."sentiment"::int AS "sentiment",
           ci."sentimentReason"::text AS "sentimentReason", ci."summary", ci."nextSteps", ci."nextDueAt",
           u."name" AS "authorName", coalesce(att."names", '{}') AS "attendees",
           a."id" AS "accountId", a."name" AS "accountName"
    FROM "CheckIn" ci
    JOIN "Account" a ON a."agencyId" = ${agencyId}::uuid AND a."id" = ci."accountId"
    JOIN "Membership" m ON m."agencyId" = ${agencyId}::uuid AND m."id" = ci."authorId"
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN LATERAL (
      SELECT array_agg(ct."name"::text) AS "names"
      FROM "CheckInContact" cc
      JOIN "Contact" ct ON ct."agencyId" = ${agencyId}::uuid AND ct."id" = cc."contactId"
      WHERE cc."agencyId" = ${agencyId}::uuid AND cc."checkInId" = ci."id"
    ) att ON true
    WHERE ci."agencyId" = ${agencyId}::uuid AND a."clientId" = ${clientId}::uuid
    ORDER BY ci."occurredAt" DESC, ci."id"
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, attendees: [...row.attendees].sort(compareNames) }));
}
