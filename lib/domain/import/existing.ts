import type { TenantTx } from "@/lib/db/tenant";
import { ACCOUNT_TERMS } from "@/lib/domain/accounts/terms";
import type { ExistingState } from "./plan";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The agency's clients, accounts, contacts and active AMs, read once per preview or commit (explicit selects).
 * One after the other: a transaction is one connection, and pg does not run queries on it in parallel anyway.
 */
export async function loadExistingState(tx: TenantTx, agencyId: string): Promise<ExistingState> {
  const clients = await tx.client.findMany({
    where: { agencyId },
    select: { id: true, name: true, tier: true, status: true, industry: true, clientSince: true, archivedAt: true },
  });
  const accounts = await tx.account.findMany({
    where: { agencyId },
    select: {
      id: true,
      clientId: true,
      name: true,
      amId: true,
      ...ACCOUNT_TERMS,
      archivedAt: true,
    },
  });
  const contacts = await tx.contact.findMany({
    where: { agencyId },
    select: { id: true, clientId: true, name: true, email: true, title: true, phone: true },
  });
  const members = await tx.membership.findMany({
    where: { agencyId, active: true, roles: { has: "AM" } },
    select: { id: true, user: { select: { email: true } } },
  });
  return {
    clients: clients.map(({ archivedAt, clientSince, ...c }) => ({
      ...c,
      clientSince: day(clientSince),
      archived: archivedAt !== null,
    })),
    accounts: accounts.map(({ archivedAt, monthlyValue, startDate, renewalDate, ...a }) => ({
      ...a,
      monthlyValue: monthlyValue.toFixed(2),
      startDate: day(startDate),
      renewalDate: day(renewalDate),
      archived: archivedAt !== null,
    })),
    contacts,
    ams: members.map((m) => ({ id: m.id, email: m.user.email })),
  };
}
