import Link from "next/link";
import type { Metadata } from "next";
import { cache } from "react";
import { AmBookTable } from "@/components/drilldown/am-book-table";
import { AmHeader } from "@/components/drilldown/am-header";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { LoadTrendSection } from "@/components/drilldown/load-trend-section";
import { BOOK_KEYS, BOOK_PAGE_SIZE, loadAmPage } from "@/components/drilldown/page-data";
import { RebalancePreview } from "@/components/drilldown/rebalance-preview";
import { SignalList } from "@/components/drilldown/signal-list";
import { AmGrowthFigures, LeadList } from "@/components/commercial/am-growth";
import { KpiSection } from "@/components/kpis/kpi-section";
import { StructuralReview } from "@/components/people/structural-review";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { ApplyMoveButton } from "@/components/drilldown/apply-move-client";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { loadStructuralReview } from "@/lib/domain/people/review";
import { readLeads } from "@/lib/domain/commercial/queries";
import { followUpCountsFor } from "@/lib/domain/follow-ups/queries";
import { readAccountVersions } from "@/lib/domain/portfolio/queries";
import { pageInMemory, pageRequest } from "@/lib/pagination/keyset";

/** Moves shown at once: applying them re-plans, so the next suggestions follow; a long list would only weigh. */
const MOVES_SHOWN = 5;

type Props = {
  params: Promise<{ agency: string; membershipId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One request, one load: generateMetadata and the page share it. An unknown or foreign id is a 404. */
const load = cache(async (slug: string, membershipId: string) => {
  const member = await requireMember(slug, "portfolio:read");
  const data = await loadAmPage(member.agencyId, member.user.id, membershipId, new Date());
  if (!data) return notFoundLogged(member, `/${slug}/portfolio/ams/${membershipId}`);
  return { member, data };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { agency, membershipId } = await params;
  const { data } = await load(agency, membershipId);
  return { title: `${data.am.name} · Account manager` };
}

/** Drill-down for one account manager: load against the guideline, their book, signals, trend, KPIs, rebalancing. */
export default async function AccountManagerPage({ params, searchParams }: Props) {
  const { agency, membershipId } = await params;
  const search = await searchParams;
  const { member, data } = await load(agency, membershipId);
  const slug = member.agencySlug;
  const book = pageInMemory(BOOK_KEYS, data.rows, pageRequest(search, BOOK_PAGE_SIZE));
  const plan = data.plan && { ...data.plan, moves: data.plan.moves.slice(0, MOVES_SHOWN) };
  const hiddenMoves = (data.plan?.moves.length ?? 0) - (plan?.moves.length ?? 0);
  // Leaders may apply a suggested move; each button carries the version it was shown, so a stale page gets a conflict.
  // Started before the versions read so the two overlap; both are small indexed reads.
  const reviewPromise = loadStructuralReview(member, data.am.id, data.book, data.guideline, new Date());
  const followUps = await withTenant(member.agencyId, member.user.id, (tx) =>
    followUpCountsFor(tx, member.agencyId, data.am.id, new Date()),
  );
  const versions =
    data.plan && can(member.roles, "accounts:reassign")
      ? await withTenant(member.agencyId, member.user.id, (tx) =>
          readAccountVersions(
            tx,
            member.agencyId,
            plan!.moves.map((m) => m.accountId),
          ),
        )
      : null;
  const review = await reviewPromise;
  const leads = await withTenant(member.agencyId, member.user.id, (tx) => readLeads(tx, member.agencyId, data.am.id));
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ label: "Portfolio", href: `/${slug}/portfolio` }, { label: data.am.name }]} />
        <AmHeader data={data} />
        <p className="mt-2 text-sm text-slate-700" data-testid="am-follow-ups">
          Follow-ups: <strong>{followUps.open}</strong> open,{" "}
          <strong className={followUps.overdue > 0 ? "text-rose-700" : undefined}>{followUps.overdue}</strong> overdue.{" "}
          {can(member.roles, "followups:write") && (
            <Link
              href={`/${slug}/follow-ups/team?assignee=${data.am.id}`}
              className="text-indigo-700 underline underline-offset-2"
            >
              See them
            </Link>
          )}
        </p>
      </div>

      <Card
        id="review"
        title="Structure-first review"
        description="What around this person could explain their results, before any performance figure."
      >
        <StructuralReview checks={review} />
      </Card>

      <Card
        id="book"
        title="Book of accounts"
        description="Most in need of attention first: signals, then the lowest health, then the highest value."
      >
        <AmBookTable slug={slug} rows={book.items} currency={data.settings.currency} />
        <Pager
          base={`/${slug}/portfolio/ams/${data.am.id}`}
          search={search}
          page={book}
          total={data.rows.length}
          noun={["account", "accounts"]}
          label="Book pages"
        />
      </Card>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card
          id="growth"
          title="Account growth, last 12 months"
          description="Moves between AMs split an account: each AM answers for the months they held it."
          className="min-w-0"
        >
          <AmGrowthFigures growth={data.growth} currency={data.settings.currency} />
        </Card>
        <Card
          id="leads"
          title="New-business leads"
          description="Opportunities outside the client list, e.g. where a former contact moved."
          className="min-w-0"
        >
          <LeadList leads={leads} member={member} />
        </Card>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card
          id="signals"
          title="Signals"
          description="About this AM, their accounts, those accounts' projects and clients."
          className="min-w-0"
        >
          <SignalList
            slug={slug}
            signals={data.signals}
            empty="No signals: nothing on this book needs attention."
            moreHref={`/${slug}/portfolio/attention?am=${data.am.id}`}
          />
        </Card>
        <Card
          id="trend"
          title="Load over the last 12 months"
          description="Weighted load by month against the guideline band."
          className="min-w-0"
        >
          <LoadTrendSection
            trend={data.trend}
            guideline={data.guideline}
            bands={data.bands}
            changes={data.guidelineChanges}
          />
        </Card>
      </div>

      {plan && (
        <Card
          id="rebalancing"
          title="Rebalancing suggestions"
          description="Lowest-touch accounts first, to colleagues with room, never pushing anyone over the guideline."
        >
          <RebalancePreview
            slug={slug}
            plan={plan}
            applyMove={
              versions
                ? (move) => {
                    const current = versions.get(move.accountId);
                    return current ? (
                      <ApplyMoveButton
                        slug={slug}
                        accountId={move.accountId}
                        accountName={move.accountName}
                        fromAmId={current.amId}
                        toAmId={move.to.amId}
                        toAmName={move.to.amName}
                        expectedVersion={current.version}
                      />
                    ) : null;
                  }
                : undefined
            }
          />
          {hiddenMoves > 0 && (
            <p className="mt-3 text-sm text-slate-600">
              The first {plan.moves.length} of {plan.moves.length + hiddenMoves} suggested moves; once they are applied,
              this page suggests the next ones.
            </p>
          )}
        </Card>
      )}

      <Card id="kpis" title="KPIs" description="This account manager's own targets, tied to commercial objectives.">
        <KpiSection
          member={member}
          scope={{ membershipId: data.am.id }}
          kpis={data.kpis}
          caption={`KPIs of ${data.am.name}`}
          empty="No KPIs set for this account manager yet."
        />
      </Card>
    </div>
  );
}
