import Link from "@/components/ui/link";
import { AmGrowthFigures, LeadList } from "@/components/commercial/am-growth";
import { KpiSection } from "@/components/kpis/kpi-section";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import type { MemberContext } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import type { AmPageData, AmPageDetails } from "@/lib/domain/portfolio/am-page";
import type { BookRow } from "@/lib/domain/portfolio/book-rows";
import type { Page } from "@/lib/pagination/keyset";
import { AmBookTable } from "./am-book-table";
import { AmHeader } from "./am-header";
import { AppliedMoves, ApplyMoveButton } from "./apply-move-client";
import { Breadcrumbs } from "./breadcrumbs";
import { LoadTrendSection } from "./load-trend-section";
import { RebalancePreview } from "./rebalance-preview";
import { SignalsCard } from "./signal-list";

/** What every section of the AM page is drawn from. */
type AmSectionProps = { member: MemberContext; data: AmPageData; details: AmPageDetails };

/** Breadcrumbs, the AM's header and their follow-up counts. */
export function AmPageHeading({ member, data, details }: AmSectionProps) {
  const slug = member.agencySlug;
  const { followUps } = details;
  return (
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
  );
}

export function AmBook({
  member,
  data,
  book,
  search,
}: Pick<AmSectionProps, "member" | "data"> & {
  book: Page<BookRow>;
  search: Record<string, string | string[] | undefined>;
}) {
  const slug = member.agencySlug;
  return (
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
  );
}

export function AmGrowthAndLeads({ member, data, details }: AmSectionProps) {
  return (
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
        <LeadList leads={details.leads} member={member} />
      </Card>
    </div>
  );
}

export function AmSignalsAndTrend({ member, data }: Pick<AmSectionProps, "member" | "data">) {
  const slug = member.agencySlug;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <SignalsCard
        about="About this AM, their accounts, those accounts' projects and clients."
        slug={slug}
        signals={data.signals}
        empty="No signals: nothing on this book needs attention."
        moreHref={`/${slug}/portfolio/attention?am=${data.am.id}`}
      />
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
  );
}

/** The suggested hand-overs of an overloaded AM; leaders get an "apply" button carrying the version they saw. */
export function AmRebalancing({ member, details }: Pick<AmSectionProps, "member" | "details">) {
  const slug = member.agencySlug;
  const { plan, hiddenMoves, versions } = details;
  // Outside the card: the confirmation of the last move stays when that move empties the suggestions.
  return <AppliedMoves>{plan && <RebalancingCard {...{ slug, plan, hiddenMoves, versions }} />}</AppliedMoves>;
}

function RebalancingCard({
  slug,
  plan,
  hiddenMoves,
  versions,
}: { slug: string } & Pick<AmPageDetails, "hiddenMoves" | "versions"> & {
    plan: NonNullable<AmPageDetails["plan"]>;
  }) {
  return (
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
  );
}

export function AmKpis({ member, data }: Pick<AmSectionProps, "member" | "data">) {
  return (
    <Card id="kpis" title="KPIs" description="This account manager's own targets, tied to commercial objectives.">
      <KpiSection
        member={member}
        scope={{ membershipId: data.am.id }}
        kpis={data.kpis}
        caption={`KPIs of ${data.am.name}`}
        empty="No KPIs set for this account manager yet."
      />
    </Card>
  );
}
