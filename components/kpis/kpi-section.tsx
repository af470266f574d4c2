import { KpiTable } from "@/components/drilldown/kpi-table";
import type { MemberContext } from "@/lib/auth/membership";
import { mayDefineKpi, mayMeasureKpi } from "@/lib/domain/kpis/access";
import type { KpiView } from "@/lib/domain/kpis/queries";
import { KpiPanel } from "./kpi-panel-client";

/** An archived account's KPIs are frozen (the server refuses writes to them), so they show read-only. */
type Scope = { accountId: string; accountAmId: string; archived: boolean } | { membershipId: string };

/**
 * The KPIs of an account or of a member: editable (charts, readings, forms) for whoever may record readings or define
 * KPIs here (lib/domain/kpis/access.ts, the rules the server enforces), the read-only table for everyone else.
 */
export function KpiSection({
  member,
  scope,
  kpis,
  caption,
  empty,
}: {
  member: MemberContext;
  scope: Scope;
  kpis: KpiView[];
  caption: string;
  empty: string;
}) {
  const owner =
    "accountId" in scope
      ? { accountAmId: scope.accountAmId, membershipId: null }
      : { accountAmId: null, membershipId: scope.membershipId };
  const frozen = "archived" in scope && scope.archived;
  const canDefine = !frozen && mayDefineKpi(member, owner);
  const canMeasure = !frozen && mayMeasureKpi(member, owner);
  if (!canDefine && !canMeasure) return <KpiTable kpis={kpis} caption={caption} empty={empty} />;
  return (
    <KpiPanel
      slug={member.agencySlug}
      kpis={kpis}
      owner={"accountId" in scope ? { accountId: scope.accountId } : { membershipId: scope.membershipId }}
      canDefine={canDefine}
      canMeasure={canMeasure}
      empty={empty}
    />
  );
}
