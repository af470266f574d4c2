import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow } from "@/components/ui/table";
import type { ScopeRequestView, ValueChangeView } from "@/lib/domain/commercial/queries";
import { DECISION_LABEL } from "@/lib/domain/commercial/schemas";
import { formatHours, formatMoney } from "./format";
import { isoDay } from "@/lib/format/dates";
import { LinkOpportunity } from "./link-opportunity-client";

const KIND_LABEL: Record<string, string> = {
  CREATED: "Created",
  CHANGED: "Value changed",
  MOVED: "Moved to",
  LOST: "Lost",
  RESTORED: "Restored",
};

/** Scope requests as a table (the account page's newest few, or a page of the full list). */
export function ScopeRequestTable({ requests, caption }: { requests: ScopeRequestView[]; caption: string }) {
  if (requests.length === 0) return <EmptyState>No scope requests logged.</EmptyState>;
  return (
    <TableScroll label="Scope requests">
      <table className="w-full text-sm" data-testid="scope-requests">
        <caption className="sr-only">{caption}</caption>
        <HeaderRow
          cells={["Asked on", "Request", "Asked by", { label: "Estimate", className: "text-right" }, "Decision"]}
        />
        <tbody>
          {requests.map((r) => (
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
  );
}

type ChangeListProps = {
  slug: string;
  changes: ValueChangeView[];
  currency: string;
  /** Won opportunities a rise may be linked to; empty when the viewer may not link. */
  linkOptions: { id: string; serviceLine: string }[];
};

/** Value changes, newest first; a rise can be linked to the won opportunity that produced it. */
export function ValueChangeList({ slug, changes, currency, linkOptions }: ChangeListProps) {
  if (changes.length === 0) return <EmptyState>No value changes recorded.</EmptyState>;
  const money = (v: number) => formatMoney(v, currency);
  return (
    <ul className="space-y-3" data-testid="value-history">
      {changes.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 p-3 text-sm">
          <p className="text-slate-900">
            <span className="font-mono">{isoDay(c.changedAt)}</span> · {KIND_LABEL[c.kind] ?? c.kind}
            {c.kind === "MOVED" ? ` ${c.amName ?? "another AM"}` : `: ${money(c.fromValue)} → ${money(c.toValue)}`}
            {c.viaImport && " (import)"}
          </p>
          {c.opportunity && <p className="text-slate-600">From won opportunity: {c.opportunity.serviceLine}</p>}
          {c.kind !== "MOVED" && c.toValue > c.fromValue && linkOptions.length > 0 && (
            <div className="mt-2">
              <LinkOpportunity
                slug={slug}
                valueChangeId={c.id}
                current={c.opportunity?.id ?? null}
                options={linkOptions}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
