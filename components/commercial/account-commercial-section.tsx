import { ExportLink } from "@/components/export/export-link";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow } from "@/components/ui/table";
import type { MemberContext } from "@/lib/auth/membership";
import { mayWriteCommercial } from "@/lib/domain/commercial/access";
import { hourlyValue } from "@/lib/domain/commercial/over-servicing";
import { monthKey, type AccountCommercial } from "@/lib/domain/commercial/queries";
import { DECISION_LABEL } from "@/lib/domain/commercial/schemas";
import { formatHours, formatMoney, isoDay } from "./format";
import { HoursAgainstScope } from "./hours-against-scope";
import { HoursForm } from "./hours-form-client";
import { LinkOpportunity } from "./link-opportunity-client";
import { ScopeForm } from "./scope-form-client";
import { ScopeRequestForm } from "./scope-request-form-client";

const KIND_LABEL: Record<string, string> = {
  CREATED: "Created",
  CHANGED: "Value changed",
  MOVED: "Moved to",
  LOST: "Lost",
  RESTORED: "Restored",
};

type Props = {
  member: MemberContext;
  account: { id: string; kind: string; amId: string; archived: boolean };
  data: AccountCommercial;
  currency: string;
  today: Date;
};

/** Retainer scope and hours against it by month (retainers only). */
export function RetainerSection({ member, account, data, currency, today }: Props) {
  const slug = member.agencySlug;
  const writable = !account.archived && mayWriteCommercial(member, account.amId);
  const { scope } = data;
  return (
    <div className="space-y-4">
      {scope ? (
        <p className="text-sm text-slate-700" data-testid="retainer-scope">
          Contracted: <strong>{formatHours(scope.monthlyHours)}</strong> a month for{" "}
          <strong>{formatMoney(scope.monthlyFee, currency)}</strong>; an hour is worth{" "}
          {formatMoney(hourlyValue(scope), currency)}
          {scope.blendedRate ? " (blended rate)" : " (fee ÷ hours)"}.
        </p>
      ) : (
        <EmptyState>No contracted scope yet: set the monthly hours and fee to see hours against scope.</EmptyState>
      )}
      {scope && <HoursAgainstScope months={data.months} contracted={scope.monthlyHours} />}
      {writable && (
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">Change scope or record hours</summary>
          <div className="mt-3 space-y-6">
            <ScopeForm slug={slug} accountId={account.id} scope={scope} />
            <HoursForm slug={slug} accountId={account.id} month={monthKey(today)} />
          </div>
        </details>
      )}
      <p className="text-xs text-slate-600">
        Hours come from timesheet imports (Import and export) and hours recorded by hand.{" "}
        <ExportLink slug={slug} kind="hours" search={`accountId=${account.id}`} what="this account's hours" />
      </p>
    </div>
  );
}

/** Out-of-scope requests: the newest, and the form. */
export function ScopeRequestsSection({ member, account, data, today }: Omit<Props, "currency">) {
  const slug = member.agencySlug;
  const writable = !account.archived && mayWriteCommercial(member, account.amId);
  return (
    <div className="space-y-4">
      {data.requests.length === 0 ? (
        <EmptyState>No scope requests logged.</EmptyState>
      ) : (
        <TableScroll label="Scope requests">
          <table className="w-full text-sm" data-testid="scope-requests">
            <caption className="sr-only">Newest scope requests</caption>
            <HeaderRow
              cells={["Asked on", "Request", "Asked by", { label: "Estimate", className: "text-right" }, "Decision"]}
            />
            <tbody>
              {data.requests.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <td className="py-2 pr-3 whitespace-nowrap">{isoDay(r.askedOn)}</td>
                  <td className="px-3 py-2">{r.summary}</td>
                  <td className="px-3 py-2">{r.contactName ?? "—"}</td>
                  <td className="px-3 py-2 text-right font-mono tabular-nums">{formatHours(r.estimateHours)}</td>
                  <td className="py-2 pl-3">{DECISION_LABEL[r.decision]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="text-xs text-slate-600">
        {data.requestCount > data.requests.length &&
          `Showing the newest ${data.requests.length} of ${data.requestCount}. `}
        Absorbed requests count toward the hours used in their month.{" "}
        <ExportLink slug={slug} kind="scope-requests" search={`accountId=${account.id}`} what="every scope request" />
      </p>
      {writable && (
        <ScopeRequestForm slug={slug} accountId={account.id} contacts={data.contacts} today={isoDay(today)} />
      )}
    </div>
  );
}

/** Every change of the account's monthly value or owner, dated; won opportunities link to the changes they produced. */
export function ValueHistorySection({ member, account, data, currency }: Omit<Props, "today">) {
  const slug = member.agencySlug;
  const writable = !account.archived && mayWriteCommercial(member, account.amId);
  const money = (v: number) => formatMoney(v, currency);
  return (
    <div className="space-y-3">
      <ul className="space-y-3" data-testid="value-history">
        {data.valueChanges.map((c) => (
          <li key={c.id} className="rounded-lg border border-slate-200 p-3 text-sm">
            <p className="text-slate-900">
              <span className="font-mono">{isoDay(c.changedAt)}</span> · {KIND_LABEL[c.kind] ?? c.kind}
              {c.kind === "MOVED" ? ` ${c.amName ?? "another AM"}` : `: ${money(c.fromValue)} → ${money(c.toValue)}`}
              {c.viaImport && " (import)"}
            </p>
            {c.opportunity && <p className="text-slate-600">From won opportunity: {c.opportunity.serviceLine}</p>}
            {writable && c.kind !== "MOVED" && c.toValue > c.fromValue && data.wonOpportunities.length > 0 && (
              <div className="mt-2">
                <LinkOpportunity
                  slug={slug}
                  valueChangeId={c.id}
                  current={c.opportunity?.id ?? null}
                  options={data.wonOpportunities}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600">
        {data.valueChangeCount > data.valueChanges.length &&
          `Showing the newest ${data.valueChanges.length} of ${data.valueChangeCount}. `}
        <ExportLink
          slug={slug}
          kind="value-history"
          search={`accountId=${account.id}`}
          what="the whole value history"
        />
      </p>
    </div>
  );
}
