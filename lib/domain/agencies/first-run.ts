/**
 * The first-run guide on a new agency's overview: the steps that make the product useful, each ticked from real data
 * (never from "the leader clicked it"), hidden when a leader dismisses it and gone once every step is done.
 */
import type { TenantTx } from "@/lib/db/tenant";

export type FirstRunFacts = {
  setupConfirmed: boolean;
  /** Active members holding the role, plus open invitations offering it. */
  accountManagers: number;
  projectManagers: number;
  accounts: number;
  checkIns: number;
};

export type FirstRunStep = { key: string; title: string; detail: string; done: boolean; href: string; action: string };

export function firstRunSteps(facts: FirstRunFacts, slug: string): FirstRunStep[] {
  const base = `/${slug}`;
  return [
    {
      key: "size",
      title: "Confirm your size and guideline",
      detail: "The employee count decides how many accounts one AM should carry; a leader may set the agency's own.",
      done: facts.setupConfirmed,
      href: `${base}/settings`,
      action: "Open settings",
    },
    {
      key: "team",
      title: "Invite account managers and project managers",
      detail: "At least one AM and one PM, by invitation link.",
      done: facts.accountManagers > 0 && facts.projectManagers > 0,
      href: `${base}/members`,
      action: "Invite people",
    },
    {
      key: "accounts",
      title: "Import or add clients and accounts",
      detail: "From a spreadsheet, or one by one; each account has an owning AM.",
      done: facts.accounts > 0,
      href: `${base}/import`,
      action: "Import a spreadsheet",
    },
    {
      key: "check-in",
      title: "Log the first check-in",
      detail: "Check-ins keep health scores and overdue signals honest.",
      done: facts.checkIns > 0,
      href: `${base}/me`,
      action: "Log a check-in",
    },
  ];
}

/** Shown until dismissed or until every step is done. */
export function showFirstRunGuide(steps: readonly FirstRunStep[], dismissedAt: Date | null): boolean {
  return dismissedAt === null && steps.some((step) => !step.done);
}

/** Four counts in one tenant transaction (each query is an index-led count). */
export async function readFirstRunFacts(tx: TenantTx, agencyId: string, now: Date): Promise<FirstRunFacts> {
  const agency = await tx.agency.findFirst({ where: { id: agencyId }, select: { setupConfirmedAt: true } });
  const [roles] = await tx.$queryRaw<{ ams: number; pms: number }[]>`
    SELECT count(*) FILTER (WHERE 'AM' = ANY ("roles"))::int AS "ams",
           count(*) FILTER (WHERE 'PM' = ANY ("roles"))::int AS "pms"
    FROM (
      SELECT "roles" FROM "Membership" WHERE "agencyId" = ${agencyId}::uuid AND "active"
      UNION ALL
      SELECT "roles" FROM "Invitation"
      WHERE "agencyId" = ${agencyId}::uuid AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > ${now}
    ) people`;
  const accounts = await tx.account.count({ where: { agencyId, archivedAt: null } });
  const checkIns = await tx.checkIn.count({ where: { agencyId }, take: 1 });
  return {
    setupConfirmed: agency?.setupConfirmedAt != null,
    accountManagers: roles?.ams ?? 0,
    projectManagers: roles?.pms ?? 0,
    accounts,
    checkIns,
  };
}
