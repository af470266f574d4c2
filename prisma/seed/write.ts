/** Writes one agency's rows with createMany batches (the same code path on PostgreSQL and PGlite). */
import type { Db } from "../../lib/db/client";
import type { AgencyRows } from "./types";

/** The transaction client Prisma hands to `$transaction(async (tx) => ...)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const BATCH = 1000;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function writeAgency(tx: Tx, rows: AgencyRows, passwordHash: string): Promise<void> {
  // Users are global: the multi-agency leader may already exist from another demo agency.
  await tx.user.createMany({
    data: rows.users.map((u) => ({ email: u.email, name: u.name, passwordHash })),
    skipDuplicates: true,
  });
  const users = await tx.user.findMany({
    where: { email: { in: rows.users.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const userIds = new Map(users.map((u) => [u.email, u.id]));

  await tx.agency.create({ data: rows.agency });
  await tx.membership.createMany({
    data: rows.memberships.map(({ userEmail, ...m }) => {
      const userId = userIds.get(userEmail);
      if (!userId) throw new Error(`seed: user ${userEmail} missing`);
      return { ...m, userId };
    }),
  });
  await inBatches(rows.clients, (data) => tx.client.createMany({ data }));
  await inBatches(rows.contacts, (data) => tx.contact.createMany({ data }));
  await inBatches(rows.accounts, (data) => tx.account.createMany({ data }));
  await inBatches(rows.checkIns, (data) => tx.checkIn.createMany({ data }));
  await inBatches(rows.checkInContacts, (data) => tx.checkInContact.createMany({ data }));
  await inBatches(rows.projects, (data) => tx.project.createMany({ data }));
  await inBatches(rows.projectUpdates, (data) => tx.projectUpdate.createMany({ data }));
  await inBatches(rows.kpis, (data) => tx.kpi.createMany({ data }));
  await inBatches(rows.kpiMeasurements, (data) => tx.kpiMeasurement.createMany({ data }));
  await inBatches(rows.growthPlans, (data) => tx.growthPlan.createMany({ data }));
  await inBatches(rows.opportunities, (data) => tx.opportunity.createMany({ data }));
  await inBatches(rows.growthActions, (data) => tx.growthAction.createMany({ data }));
  await inBatches(rows.auditEvents, (data) => tx.auditEvent.createMany({ data }));
  await inBatches(rows.guidelineChanges, (data) => tx.guidelineChange.createMany({ data }));
  // The trigger on "Account" dated every account's history "now"; the demo's history starts at each account's start.
  await tx.accountValueChange.deleteMany({ where: { agencyId: rows.agency.id } });
  await inBatches(rows.valueChanges, (data) => tx.accountValueChange.createMany({ data }));
  await inBatches(rows.retainerScopes, (data) => tx.retainerScope.createMany({ data }));
  await inBatches(rows.timesheetEntries, (data) => tx.timesheetEntry.createMany({ data }));
  await inBatches(rows.scopeRequests, (data) => tx.scopeRequest.createMany({ data }));
  await inBatches(rows.contactDepartures, (data) => tx.contactDeparture.createMany({ data }));
  await inBatches(rows.newBusinessLeads, (data) => tx.newBusinessLead.createMany({ data }));
}
