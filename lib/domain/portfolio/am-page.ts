import type { MemberContext } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { bandHistory, type BandPoint, type GuidelineChangeRow } from "@/lib/domain/agencies/rule-history";
import { readGuidelineChanges, type AgencySettingsRow as AgencySettings } from "@/lib/domain/agencies/settings-queries";
import { readLeads } from "@/lib/domain/commercial/queries";
import type { AmGrowth } from "@/lib/domain/commercial/nrr";
import { growthOfAms } from "@/lib/domain/commercial/signals";
import { followUpCountsFor } from "@/lib/domain/follow-ups/queries";
import { readMemberKpis, type KpiView } from "@/lib/domain/kpis/queries";
import { readAmHeader, type AmHeader } from "@/lib/domain/members/queries";
import { loadStructuralReview } from "@/lib/domain/people/review";
import { readAmLoadSnapshots } from "@/lib/domain/snapshots/queries";
import { withLoadSnapshots, type MeasuredTrendPoint } from "@/lib/domain/snapshots/trend";
import { isUuid } from "@/lib/uuid";
import { bookRows, concerns, scopeOf, type BookRow } from "./book-rows";
import type { CheckInCadence } from "./cadence";
import type { Guideline } from "./guideline";
import { assessBook, type BookAssessment } from "./load";
import { loadPortfolioSnapshot } from "./load-portfolio";
import { loadTrend } from "./load-trend";
import {
  readAccountManagers,
  readAccountVersions,
  readAmAccountHistory,
  readLoadRows,
  readRecentTouchCounts,
} from "./queries";
import { loadsByAm, suggestRebalancingFor, type RebalanceAccount, type RebalancePlan } from "./rebalancing";
import { detectSignals, healthScoresByAccount } from "./signals";
import type { AccountSnapshot, Signal } from "./signal-types";

/**
 * What the AM page (/[agency]/portfolio/ams/[id]) shows, composed on the server from the AM's own reads, every AM's
 * load, and the portfolio snapshot of the AM's book (loadPortfolioSnapshot with a BookScope) by the pure portfolio rules,
 * so the page shows exactly the figures, health scores and signals of the leader dashboard
 * (tests/integration/book-scope.test.ts compares them with the whole agency's for every AM). No React here; the page
 * renders the result.
 */

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
    // Rebalancing looks for room among every AM: their loads from light rows, not the whole portfolio.
    const team = await readAccountManagers(tx, agencyId);
    const loads = loadsByAm(team, await readLoadRows(tx, agencyId));
    return { am, history, guidelineChanges, loadSnapshots, kpis, touches, team, loads };
  });
  if (!own) return null;
  // The AM's book only (queries.ts BookScope): the page shows the signals about the AM and their accounts.
  const { settings, snapshot, rules } = await loadPortfolioSnapshot(agencyId, userId, today, { amId: own.am.id });
  const { guideline, projects } = snapshot;
  const mine = snapshot.accounts;
  const scope = scopeOf(mine, projects, own.am.id);
  const signals = detectSignals(snapshot, today, rules).filter((s) => concerns(s, scope));
  const book = assessBook(mine, guideline);
  // This AM's plan only: the dashboard, planning for every overloaded AM at once, may share out room differently.
  const plan = suggestRebalancingFor(own.am, withTouchCounts(mine, own.touches), own.team, own.loads, guideline);
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

/** Moves shown at once: applying them re-plans, so the next suggestions follow; a long list would only weigh. */
const MOVES_SHOWN = 5;

/** What the AM page shows around the figures, as this member may see it. */
export async function loadAmPageDetails(member: MemberContext, data: AmPageData, today: Date) {
  const { agencyId } = member;
  const plan = data.plan && { ...data.plan, moves: data.plan.moves.slice(0, MOVES_SHOWN) };
  // Started before the versions read so the two overlap; both are small indexed reads.
  const reviewPromise = loadStructuralReview(member, data.am.id, data.book, data.guideline, today);
  const followUps = await withTenant(agencyId, member.user.id, (tx) =>
    followUpCountsFor(tx, agencyId, data.am.id, today),
  );
  // Leaders may apply a suggested move; each button carries the version it was shown, so a stale page gets a conflict.
  const versions =
    plan && can(member.roles, "accounts:reassign")
      ? await withTenant(agencyId, member.user.id, (tx) =>
          readAccountVersions(
            tx,
            agencyId,
            plan.moves.map((m) => m.accountId),
          ),
        )
      : null;
  const review = await reviewPromise;
  const leads = await withTenant(agencyId, member.user.id, (tx) => readLeads(tx, agencyId, data.am.id));
  const hiddenMoves = (data.plan?.moves.length ?? 0) - (plan?.moves.length ?? 0);
  return { plan, hiddenMoves, versions, followUps, review, leads };
}

export type AmPageDetails = Awaited<ReturnType<typeof loadAmPageDetails>>;
