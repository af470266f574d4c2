import { notFoundLogged, requireMember, type MemberContext } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { readAccountHeader, type AccountHeader } from "@/lib/domain/accounts/queries";
import type { AgencySettingsRow as AgencySettings } from "@/lib/domain/agencies/settings-queries";
import { mayLogCheckIn } from "@/lib/domain/check-ins/access";
import { readCheckInAccountOptions } from "@/lib/domain/check-ins/queries";
import { readCheckIns, readTimelinePage, TIMELINE_PAGE_SIZE, type CheckInView } from "@/lib/domain/check-ins/timeline";
import { readAccountCommercial } from "@/lib/domain/commercial/queries";
import { countFollowUps, listFollowUpsPage } from "@/lib/domain/follow-ups/queries";
import { readActionOwners, readGrowthPlans, type GrowthPlanView } from "@/lib/domain/growth/queries";
import { readAccountKpis, type KpiView } from "@/lib/domain/kpis/queries";
import { listProjectManagers, readAccountProjects, type ProjectView } from "@/lib/domain/projects/queries";
import { readAccountHealthSnapshots } from "@/lib/domain/snapshots/queries";
import { pageRequest } from "@/lib/pagination/keyset";
import { isUuid } from "@/lib/uuid";
import { concerns, scopeOf } from "./book-rows";
import { cadenceFromAgency } from "./cadence";
import { computeAccountHealth, type AccountHealth } from "./health";
import { assessBook, type BookAssessment } from "./load";
import { loadPortfolioSnapshot } from "./load-portfolio";
import { detectSignals } from "./signals";
import type { Signal } from "./signal-types";

/**
 * What the account page (/[agency]/accounts/[id]) shows, composed on the server from the account's own reads and the
 * portfolio snapshot of the owner's book (loadPortfolioSnapshot with a BookScope) by the pure portfolio rules, so the page
 * shows exactly the figures, health score and signals of the leader dashboard
 * (tests/integration/book-scope.test.ts compares them with the whole agency's for every account). No React here; the
 * page renders the result.
 */

export type AccountPageData = {
  settings: AgencySettings;
  account: AccountHeader;
  /** The owning AM's book against the guideline; null when the owner is no longer an active AM. */
  ownerBook: BookAssessment | null;
  health: AccountHealth;
  signals: Signal[];
  checkIns: CheckInView[];
  projects: ProjectView[];
  kpis: KpiView[];
  growthPlans: GrowthPlanView[];
};

/** Everything the account page shows, or null when the id is not an account of this agency (the page answers 404). */
export async function loadAccountPage(
  agencyId: string,
  userId: string | null,
  accountId: string,
  today: Date,
): Promise<AccountPageData | null> {
  if (!isUuid(accountId)) return null;
  const own = await withTenant(agencyId, userId, async (tx) => {
    const account = await readAccountHeader(tx, agencyId, accountId);
    if (!account) return null;
    // Sequential on purpose: one transaction is one connection.
    const checkIns = await readCheckIns(tx, agencyId, accountId);
    const projects = await readAccountProjects(tx, agencyId, accountId);
    const kpis = await readAccountKpis(tx, agencyId, accountId);
    return { account, checkIns, projects, kpis, growthPlans: await readGrowthPlans(tx, agencyId, accountId) };
  });
  if (!own) return null;
  const { account } = own;
  // The owner's book only (this account is in it): the page shows this account's signals and the owner's load.
  const { settings, snapshot, rules } = await loadPortfolioSnapshot(agencyId, userId, today, { amId: account.am.id });
  // From this page's own reads (the same inputs the snapshot holds), so an archived account still gets a score.
  const health = computeAccountHealth(
    {
      tier: account.client.tier,
      lastCheckInAt: own.checkIns[0]?.occurredAt ?? null,
      recentSentiments: own.checkIns.map((c) => c.sentiment),
      projectStatuses: own.projects.map((p) => p.status),
      kpis: own.kpis.map((k) => ({ target: k.target, direction: k.direction, latestValue: k.latest?.value ?? null })),
    },
    today,
    { weights: rules.healthWeights, cadence: rules.cadence },
  );
  const ownerIsAm = snapshot.ams.some((am) => am.id === account.am.id);
  const ownerBook = ownerIsAm
    ? assessBook(
        snapshot.accounts.filter((a) => a.amId === account.am.id),
        snapshot.guideline,
      )
    : null;
  const scope = scopeOf([{ id: account.id, clientId: account.client.id }], snapshot.projects);
  const signals = detectSignals(snapshot, today, rules).filter((s) => concerns(s, scope));
  return { settings, ownerBook, health, signals, ...own };
}

/** Open follow-ups listed on the page, soonest due first (an account rarely has more than a handful). */
export const FOLLOW_UPS_SHOWN = 10;
const HEALTH_HISTORY_DAYS = 90;

/** What the account page shows below its header, as this member may see it: one tenant transaction. */
export function loadAccountPageDetails(
  member: MemberContext,
  { account, settings }: Pick<AccountPageData, "account" | "settings">,
  search: Record<string, string | string[] | undefined>,
  today: Date,
) {
  const { agencyId } = member;
  // "Log check-in" is offered to leaders and the owning AM while the account is live (pre-filled with it).
  const mayLog = mayLogCheckIn(member, account.am.id) && !account.archivedAt;
  const followUpScope = { kind: "account" as const, accountId: account.id };
  const healthSince = new Date(today.getTime() - HEALTH_HISTORY_DAYS * 86_400_000);
  return withTenant(agencyId, member.user.id, async (tx) => ({
    managers: can(member.roles, "projects:write") ? await listProjectManagers(tx, agencyId) : null,
    timeline: await readTimelinePage(tx, agencyId, { accountId: account.id }, pageRequest(search, TIMELINE_PAGE_SIZE)),
    commercial: await readAccountCommercial(tx, agencyId, { id: account.id, clientId: account.client.id }, today),
    followUps: await listFollowUpsPage(tx, agencyId, followUpScope, "open", { size: FOLLOW_UPS_SHOWN }),
    openFollowUps: await countFollowUps(tx, agencyId, followUpScope, "open"),
    members: await readActionOwners(tx, agencyId),
    healthHistory: await readAccountHealthSnapshots(tx, agencyId, account.id, healthSince),
    checkInOptions: mayLog
      ? await readCheckInAccountOptions(tx, agencyId, { accountIds: [account.id] }, cadenceFromAgency(settings))
      : [],
  }));
}

export type AccountPageDetails = Awaited<ReturnType<typeof loadAccountPageDetails>>;

/**
 * The full, paged list behind one of the account page's short logs. Every member who reads the portfolio reads it, as
 * on the account page; an unknown or foreign account id is a logged 404.
 */
export async function loadAccountLog<T>(
  slug: string,
  accountId: string,
  path: string,
  read: (tx: TenantTx, member: MemberContext) => Promise<T>,
) {
  const member = await requireMember(slug, "portfolio:read");
  const target = `/${slug}/accounts/${accountId}/${path}`;
  if (!isUuid(accountId)) return notFoundLogged(member, target);
  const data = await withTenant(member.agencyId, member.user.id, async (tx) => {
    const account = await readAccountHeader(tx, member.agencyId, accountId);
    return account && { account, rows: await read(tx, member) };
  });
  if (!data) return notFoundLogged(member, target);
  return { member, ...data };
}
