import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { CommercialPanels } from "@/components/commercial/commercial-panels";
import { Card } from "@/components/ui/card";
import type { DashboardSummary } from "@/lib/domain/portfolio/dashboard-lists";
import { AllSignals } from "./all-signals";
import { AmLoadPanel } from "./am-load-panel";
import { Distributions } from "./distributions";
import { GuidelinePanel } from "./guideline-panel";
import { HeadlineCards } from "./headline-cards";
import { NeedsAttention } from "./needs-attention";
import { RevenuePanels } from "./revenue-panels";

export type AgencyInfo = {
  name: string;
  currency: string;
  employeeCount: number;
  /** Why a leader overrode the guideline (shown beside it); the settings page for leaders, else null. */
  overrideReason?: string | null;
  settingsHref?: string | null;
};

type Props = {
  slug: string;
  agency: AgencyInfo;
  dashboard: DashboardSummary;
  /** The filters as a query string, carried to the full list pages. */
  filterSearch: string;
  /** The agency has account managers at all (independent of filters). */
  agencyHasAms: boolean;
  filtered: boolean;
  onClearFilters: () => void;
};

function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div
      className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600"
      data-testid="empty-state"
    >
      <p className="font-medium text-slate-900">{title}</p>
      <div className="mt-1">{children}</div>
    </div>
  );
}

export function DashboardView({
  slug,
  agency,
  dashboard,
  agencyHasAms,
  filtered,
  filterSearch,
  onClearFilters,
}: Props) {
  const { guideline } = dashboard;
  const guidelinePanel = (
    <GuidelinePanel
      guideline={guideline}
      agencyName={agency.name}
      employeeCount={agency.employeeCount}
      overrideReason={agency.overrideReason ?? null}
      settingsHref={agency.settingsHref ?? null}
    />
  );
  if (!agencyHasAms) {
    // Nothing to chart or filter yet: say what fills the page, next to the rule it will be measured against.
    return (
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <EmptyState title="No account managers yet">
            The portfolio fills in once {agency.name} has account managers with accounts.{" "}
            <Link href={`/${slug}/members`} className="font-medium text-indigo-700 hover:underline">
              Invite members
            </Link>{" "}
            with the AM role, then add clients and accounts; each AM&apos;s load then appears here against the
            guideline.
          </EmptyState>
        </div>
        {guidelinePanel}
      </div>
    );
  }
  const loadPanel =
    dashboard.amLoads.length === 0 ? (
      <Card id="am-load" title="Account manager load" className="min-w-0">
        <EmptyState title="No account managers match these filters">
          <button type="button" onClick={onClearFilters} className="font-medium text-indigo-700 hover:underline">
            Clear filters
          </button>{" "}
          to see the whole team.
        </EmptyState>
      </Card>
    ) : (
      <AmLoadPanel
        slug={slug}
        rows={dashboard.amLoads}
        guideline={guideline}
        total={dashboard.amTotal}
        statusCounts={dashboard.amStatusCounts}
        fullListHref={`/${slug}/portfolio/ams${filterSearch ? `?${filterSearch}` : ""}`}
      />
    );

  return (
    <div className="space-y-6">
      <HeadlineCards headline={dashboard.headline} currency={agency.currency} />
      {!filtered && dashboard.headline.accounts === 0 && (
        <EmptyState title="No accounts yet">
          Once clients and accounts are added, each account manager&apos;s load, health and signals show up here.
        </EmptyState>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">{loadPanel}</div>
        {guidelinePanel}
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <NeedsAttention
            slug={slug}
            items={dashboard.needsAttention}
            currency={agency.currency}
            total={dashboard.attentionTotal}
            fullListHref={`/${slug}/portfolio/attention${filterSearch ? `?${filterSearch}` : ""}`}
          />
        </div>
        <div className="grid min-w-0 gap-6 md:grid-cols-3 lg:grid-cols-1">
          <Distributions dashboard={dashboard} />
        </div>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <RevenuePanels dashboard={dashboard} currency={agency.currency} />
      </div>
      {dashboard.commercial && (
        <CommercialPanels slug={slug} commercial={dashboard.commercial} currency={agency.currency} />
      )}
      <AllSignals slug={slug} signals={dashboard.signals} counts={dashboard.signalCounts} filterSearch={filterSearch} />
    </div>
  );
}
