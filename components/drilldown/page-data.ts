/**
 * What the two drill-down pages show, composed on the server from the drill-down reads (drilldown-queries.ts) and the
 * agency-wide portfolio snapshot (loadPortfolioData) by the pure portfolio rules, so these pages show exactly the
 * figures, health scores and signals of the leader dashboard. No React here; the pages render the result.
 */
import { growthOfAms } from "@/lib/domain/commercial/signals";
import type { AmGrowth } from "@/lib/domain/commercial/nrr";
import { withTenant } from "@/lib/db/tenant";
import { readAmLoadSnapshots } from "@/lib/domain/snapshots/queries";
import { withLoadSnapshots, type MeasuredTrendPoint } from "@/lib/domain/snapshots/trend";
import { bandHistory, type BandPoint, type GuidelineChangeRow } from "@/lib/domain/agencies/rule-history";
import { readGuidelineChanges } from "@/lib/domain/agencies/settings-queries";
import { daysSinceCheckIn, isCheckInOverdue, type CheckInCadence } from "@/lib/domain/portfolio/cadence";
import {
  isUuid,
  readAccountHeader,
  readAccountKpis,
  readAccountProjects,
  readAmAccountHistory,
  readAmHeader,
  readCheckIns,
  readGrowthPlans,
  readMemberKpis,
  type AccountHeader,
  type AmHeader,
  type CheckInView,
  type GrowthPlanView,
  type KpiView,
  type ProjectView,
} from "@/lib/domain/portfolio/drilldown-queries";
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import { computeAccountHealth, healthBand, type AccountHealth, type HealthBand } from "@/lib/domain/portfolio/health";
import { assessBook, countsTowardLoad, type BookAssessment } from "@/lib/domain/portfolio/load";
import { loadPortfolioData } from "@/lib/domain/portfolio/load-portfolio";
import { readRecentTouchCounts } from "@/lib/domain/portfolio/queries";
import { loadTrend } from "@/lib/domain/portfolio/load-trend";
import type { AgencySettingsRow as AgencySettings } from "@/lib/domain/agencies/settings-queries";
import { suggestRebalancing, type RebalanceAccount, type RebalancePlan } from "@/lib/domain/portfolio/rebalancing";
import { detectSignals, healthScoresByAccount } from "@/lib/domain/portfolio/signals";
import type { AccountSnapshot, PortfolioSnapshot, Signal, SignalSeverity } from "@/lib/domain/portfolio/signal-types";
import { compareNames } from "@/lib/domain/portfolio/text";
import type { MemoryKey } from "@/lib/pagination/keyset";

// ---------------------------------------------------------------- which signals concern whom

/** A signal about this account, a project on it, or its client. */
export function concernsAccount(
  signal: Signal,
  account: Pick<AccountSnapshot, "id" | "clientId">,
  projects: PortfolioSnapshot["projects"],
): boolean {
  const { kind, id } = signal.subject;
  if (kind === "account") return id === account.id;
  if (kind === "client") return id === account.clientId;
  if (kind === "project") return projects.some((p) => p.id === id && p.accountId === account.id);
  return false;
}

/** A signal about the AM, or about one of their accounts (including its projects and client). */
export function concernsAm(
  signal: Signal,
  amId: string,
  book: readonly AccountSnapshot[],
  projects: PortfolioSnapshot["projects"],
): boolean {
  if (signal.subject.kind === "am") return signal.subject.id === amId;
  return book.some((account) => concernsAccount(signal, account, projects));
}

// ---------------------------------------------------------------- AM page

export type BookRow = Pick<
  AccountSnapshot,
  "id" | "name" | "clientName" | "tier" | "status" | "complexity" | "monthlyValue" | "renewalDate"
> & {
  countsTowardLoad: boolean;
  health: number | null;
  band: HealthBand | null;
  daysSinceCheckIn: number | null;
  overdue: boolean;
  /** The most severe signal about the account, its projects or its client; null when there is none. */
  severity: SignalSeverity | null;
  signalCount: number;
  /** Summed signal points (critical 3, warning 2, info 1): the book's second sort key. */
  points: number;
};

/** The order of bookRows as keyset keys, so the book pages with the same cursors as every other list. */
export const BOOK_KEYS: MemoryKey<BookRow>[] = [
  { dir: "desc", value: (r) => r.countsTowardLoad },
  { dir: "desc", value: (r) => r.points },
  { dir: "asc", value: (r) => r.health ?? -1 },
  { dir: "desc", value: (r) => r.monthlyValue },
  { dir: "asc", value: (r) => `${r.clientName} ${r.name}` },
  { dir: "asc", value: (r) => r.id },
];
export const BOOK_PAGE_SIZE = 10;

const SEVERITY_POINTS: Record<SignalSeverity, number> = { critical: 3, warning: 2, info: 1 };

/**
 * The AM's book in attention order: load-bearing accounts first; then the most signal points (critical 3, warning 2,
 * info 1); then the lowest health (unscored first: knowing nothing is worse than a low score); then the highest value.
 */
export function bookRows(
  book: readonly AccountSnapshot[],
  projects: PortfolioSnapshot["projects"],
  signals: readonly Signal[],
  health: ReadonlyMap<string, number | null>,
  cadence: CheckInCadence,
  today: Date,
): BookRow[] {
  const rows = book.map((account) => {
    const own = signals.filter((s) => concernsAccount(s, account, projects));
    const live = countsTowardLoad(account.status);
    const score = health.get(account.id) ?? null;
    const worst = own.reduce<Signal | null>(
      (w, s) => (w === null || SEVERITY_POINTS[s.severity] > SEVERITY_POINTS[w.severity] ? s : w),
      null,
    );
    const { id, name, clientName, tier, status, complexity, monthlyValue, renewalDate } = account;
    const row: BookRow = {
      ...{ id, name, clientName, tier, status, complexity, monthlyValue, renewalDate },
      countsTowardLoad: live,
      health: score,
      band: score === null ? null : healthBand(score),
      daysSinceCheckIn: daysSinceCheckIn(account.lastCheckInAt, today),
      overdue: live && isCheckInOverdue(account.lastCheckInAt, account.tier, today, cadence),
      severity: worst?.severity ?? null,
      signalCount: own.length,
      points: own.reduce((sum, s) => sum + SEVERITY_POINTS[s.severity], 0),
    };
    return { row, points: row.points };
  });
  return rows
    .sort(
      (a, b) =>
        Number(b.row.countsTowardLoad) - Number(a.row.countsTowardLoad) ||
        b.points - a.points ||
        (a.row.health ?? -1) - (b.row.health ?? -1) ||
        b.row.monthlyValue - a.row.monthlyValue ||
        compareNames(`${a.row.clientName} ${a.row.name}`, `${b.row.clientName} ${b.row.name}`),
    )
    .map(({ row }) => row);
}

export type AmPageData = {
  settings: AgencySettings;
  guideline: Guideline;
  cadence: CheckInCadence;
  am: AmHeader;
  book: BookAssessment;
  rows: BookRow[];
  signals: Signal[];
  trend: MeasuredTrendPoint[];
  /** The guideline in force at each trend point (it steps where the rule changed), and the changes themselves. */
  bands: BandPoint[];
  guidelineChanges: GuidelineChangeRow[];
  kpis: KpiView[];
  /** Suggested hand-overs when the AM is OVERLOADED: a preview, nothing is applied here. */
  plan: RebalancePlan | null;
  /** Account growth over 12 months (lib/domain/commercial/nrr.ts); null without value history. */
  growth: AmGrowth | null;
};

/** Everything the AM page shows, or null when the id is not an AM of this agency (the page answers 404). */
export async function loadAmPage(
  agencyId: string,
  userId: string | null,
  membershipId: string,
  today: Date,
): Promise<AmPageData | null> {
  if (!isUuid(membershipId)) return null;
  const own = await withTenant(agencyId, userId, async (tx) => {
    const am = await readAmHeader(tx, agencyId, membershipId);
    if (!am) return null;
    const history = await readAmAccountHistory(tx, agencyId, am.id);
    const guidelineChanges = await readGuidelineChanges(tx, agencyId);
    const since = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), 1));
    const loadSnapshots = await readAmLoadSnapshots(tx, agencyId, am.id, since);
    const kpis = await readMemberKpis(tx, agencyId, am.id);
    const touches = await readRecentTouchCounts(tx, agencyId, am.id, today);
    return { am, history, guidelineChanges, loadSnapshots, kpis, touches };
  });
  if (!own) return null;
  const { settings, snapshot, rules } = await loadPortfolioData(agencyId, userId, today);
  const { guideline, projects } = snapshot;
  const mine = snapshot.accounts.filter((a) => a.amId === own.am.id);
  const signals = detectSignals(snapshot, today, rules).filter((s) => concernsAm(s, own.am.id, mine, projects));
  const book = assessBook(mine, guideline);
  // This AM's plan only: the dashboard, planning for every overloaded AM at once, may share out room differently.
  const plan =
    book.status === "OVERLOADED"
      ? (suggestRebalancing(snapshot.ams, withTouchCounts(snapshot.accounts, own.touches), guideline, {
          giverIds: [own.am.id],
        })[0] ?? null)
      : null;
  const health = healthScoresByAccount(mine, projects, today, rules);
  // Months with daily snapshots show what was measured; the others stay reconstructed (lib/domain/snapshots/trend.ts).
  const trend = withLoadSnapshots(loadTrend(own.history, today), own.loadSnapshots);
  return {
    settings,
    guideline,
    cadence: rules.cadence,
    am: own.am,
    book,
    rows: bookRows(mine, projects, signals, health, rules.cadence, today),
    signals,
    trend,
    bands: bandHistory(trend, own.guidelineChanges, guideline),
    guidelineChanges: own.guidelineChanges,
    kpis: own.kpis,
    plan,
    growth: snapshot.commercial ? (growthOfAms(snapshot.commercial, today).get(own.am.id) ?? null) : null,
  };
}

/** Rebalancing orders only the giver's book by recent check-ins, so only the giver's counts are read. */
function withTouchCounts(accounts: readonly AccountSnapshot[], touches: Map<string, number>): RebalanceAccount[] {
  return accounts.map((a) => ({ ...a, checkInsLast90Days: touches.get(a.id) ?? 0 }));
}

// ---------------------------------------------------------------- account page

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
  const { settings, snapshot, rules } = await loadPortfolioData(agencyId, userId, today);
  const { account } = own;
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
  const scope = { id: account.id, clientId: account.client.id };
  const signals = detectSignals(snapshot, today, rules).filter((s) => concernsAccount(s, scope, snapshot.projects));
  return { settings, ownerBook, health, signals, ...own };
}
