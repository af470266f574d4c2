import { STAGE_LABEL } from "@/components/growth/labels";
import { EmptyState } from "@/components/ui/empty-state";
import { mayMoveLead } from "@/lib/domain/commercial/leads";
import type { AmGrowth } from "@/lib/domain/commercial/nrr";
import type { LeadView } from "@/lib/domain/commercial/queries";
import { formatMoney, formatNrr } from "./format";
import { isoDay } from "@/lib/format/dates";
import { LeadStage } from "./lead-stage-client";

/** The AM page's account growth: NRR and its parts over 12 months of the accounts they held. */
export function AmGrowthFigures({ growth, currency }: { growth: AmGrowth | null; currency: string }) {
  if (!growth) return <EmptyState>No value history for this AM&apos;s accounts yet.</EmptyState>;
  const money = (v: number) => formatMoney(v, currency);
  const items: [string, string][] = [
    ["Net revenue retention", formatNrr(growth.nrr)],
    ["Starting book", money(growth.startingValue)],
    ["Expansion", money(growth.expansion)],
    ["Contraction", money(growth.contraction)],
    ["Lost", money(growth.lost)],
    ["Won (new accounts)", money(growth.won)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="am-growth">
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 p-3">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="mt-1 font-mono text-lg text-slate-900 tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Viewer = { agencySlug: string; roles: readonly string[]; membershipId: string };

/** New-business leads outside the client list (e.g. a former contact's new company); their owner moves them. */
export function LeadList({ leads, member }: { leads: LeadView[]; member: Viewer }) {
  if (leads.length === 0) return <EmptyState>No new-business leads.</EmptyState>;
  return (
    <ul className="space-y-2" data-testid="lead-list">
      {leads.map((lead) => (
        <li key={lead.id} className="rounded-lg border border-slate-200 p-3 text-sm">
          <p className="font-medium text-slate-900">{lead.companyName}</p>
          <p className="text-slate-600">
            {lead.contactName}
            {lead.contactRole ? `, ${lead.contactRole}` : ""} · {STAGE_LABEL[lead.stage]} · owner {lead.ownerName} ·
            since {isoDay(lead.createdAt)}
          </p>
          {mayMoveLead(member, lead.ownerId) && <LeadStage slug={member.agencySlug} lead={lead} />}
        </li>
      ))}
    </ul>
  );
}
