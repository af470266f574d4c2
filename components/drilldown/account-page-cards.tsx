import {
  RetainerSection,
  ScopeRequestsSection,
  ValueHistorySection,
} from "@/components/commercial/account-commercial-section";
import { ACCOUNT_LOGS, type AccountLogKind } from "@/components/commercial/account-log";
import { GrowthSection } from "@/components/growth/growth-section";
import { KpiSection } from "@/components/kpis/kpi-section";
import { NewProject } from "@/components/projects/new-project-client";
import { Card } from "@/components/ui/card";
import type { AccountSectionProps } from "./account-page-sections";
import { ProjectTable } from "./project-table";

/** The newest of each account log, side by side; each links to its full page. */
const LOG_SECTIONS = { "scope-requests": ScopeRequestsSection, "value-history": ValueHistorySection };
const LOG_KINDS = Object.keys(LOG_SECTIONS) as AccountLogKind[];

export function AccountProjects({ member, data, details }: AccountSectionProps) {
  const slug = member.agencySlug;
  const { account, settings } = data;
  return (
    <Card id="projects" title="Projects">
      {details.managers && (
        <NewProject slug={slug} accountId={account.id} currency={settings.currency} managers={details.managers} />
      )}
      <ProjectTable projects={data.projects} currency={settings.currency} projectHref={`/${slug}/projects`} />
    </Card>
  );
}

export function AccountKpis({ member, data }: Pick<AccountSectionProps, "member" | "data">) {
  const { account } = data;
  return (
    <Card
      id="kpis"
      title="KPIs"
      description="Attainment of the latest measurement, capped at 100% as in the health score."
    >
      <KpiSection
        member={member}
        scope={{ accountId: account.id, accountAmId: account.am.id, archived: account.archivedAt !== null }}
        kpis={data.kpis}
        caption={`KPIs of ${account.client.name} (${account.name})`}
        empty="No KPIs set for this account yet."
      />
    </Card>
  );
}

/** Hours against scope (retainers only), scope requests and the value history. */
export function AccountCommercial({ member, data, details, today }: AccountSectionProps) {
  const { account, settings } = data;
  const props = {
    member,
    account: { id: account.id, kind: account.kind, amId: account.am.id, archived: account.archivedAt !== null },
    data: details.commercial,
    currency: settings.currency,
    today,
  };
  return (
    <>
      {account.kind === "RETAINER" && (
        <Card
          id="retainer"
          title="Hours against scope"
          description="Hours used each month (timesheets, hours by hand and absorbed scope requests) against the contract."
        >
          <RetainerSection {...props} />
        </Card>
      )}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        {LOG_KINDS.map((kind) => {
          const LogSection = LOG_SECTIONS[kind];
          const { title, summary } = ACCOUNT_LOGS[kind];
          return (
            <Card key={kind} id={kind} title={title} description={summary} className="min-w-0">
              <LogSection {...props} />
            </Card>
          );
        })}
      </div>
    </>
  );
}

export function AccountGrowth({ member, data, details, today }: AccountSectionProps) {
  return (
    <Card id="growth" title="Growth plans">
      <GrowthSection
        member={member}
        account={data.account}
        plans={data.growthPlans}
        owners={details.members}
        currency={data.settings.currency}
        today={today}
      />
    </Card>
  );
}
